using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Peers.Kiota;
using Tratta.Benchmarks.Samples;
using Tratta.Client;
using Tratta.Runtime.Http;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// Every client of the call benchmarks, each over its own <see cref="CannedResponseHandler"/> answering with the same
/// body, and one recorder they all report to (GlobalSetup checks one client at a time). Built once per benchmark
/// class: clients, like HttpClients, are made to be kept.
/// </summary>
internal sealed class CallClients : IDisposable
{
    private readonly HttpClient _trattaHttp;
    private readonly HttpClient _pipelineHttp;
    private readonly HttpClient _handWrittenHttp;
    private readonly HttpClient _kiotaHttp;
    private readonly ServiceProvider _services;

    public CallClients(byte[] responseBody, HttpStatusCode status)
    {
        HttpMessageHandler Canned() => new CannedResponseHandler(responseBody, status, Recorder);
        var options = new TrattaClientOptions { OrganizationId = SampleAccount.OrganizationId, ApiKey = SampleAccount.ApiKey };

        // TrattaClient.Create takes no handler: it always sends with a SocketsHttpHandler. The plain client is the
        // generated code alone over an HttpClient of ours (the constructor an application with its own pipeline uses).
        _trattaHttp = new HttpClient(Canned());
        Tratta = new TrattaClient(_trattaHttp, options);

        // What Create builds, with the canned handler where its SocketsHttpHandler would be: the payment-safe
        // resilience pipeline, the logging handler (no logger factory given: a null logger, as Create's default) and
        // the attempt handler.
        _pipelineHttp = ApiHttpClientFactory.Create(options.Resilience, NullLogger.Instance, timeProvider: null, primaryHandler: Canned());
        TrattaWithPipeline = new TrattaClient(_pipelineHttp, options);

        // What an ASP.NET Core application does: AddTrattaClient (options validated, IHttpClientFactory, resilience,
        // logging enabled at Information), the primary handler replaced as the returned builder allows.
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider()));
        services.AddTrattaClient(configure =>
        {
            configure.OrganizationId = SampleAccount.OrganizationId;
            configure.ApiKey = SampleAccount.ApiKey;
        }).ConfigurePrimaryHttpMessageHandler(Canned);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        _handWrittenHttp = new HttpClient(Canned()) { BaseAddress = SampleAccount.BaseAddress };
        _handWrittenHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SampleAccount.ApiKey);
        _handWrittenHttp.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HandWritten = new HandWrittenTrattaClient(_handWrittenHttp);

        // Kiota's own middleware (retry, redirect, headers inspection...) comes only with an HttpClient of Kiota's
        // making; given ours, it sends as the plain clients above do. The bearer token is an API key in a header,
        // the closest of Kiota's providers to a static bearer token.
        _kiotaHttp = new HttpClient(Canned());
        var adapter = new HttpClientRequestAdapter(
            new ApiKeyAuthenticationProvider(SampleAccount.AuthorizationHeader, "Authorization", ApiKeyAuthenticationProvider.KeyLocation.Header),
            httpClient: _kiotaHttp)
        {
            BaseUrl = SampleAccount.BaseAddress.AbsoluteUri.TrimEnd('/'),
        };
        Kiota = new KiotaTrattaClient(adapter);
    }

    public RequestRecorder Recorder { get; } = new();

    public TrattaClient Tratta { get; }

    public TrattaClient TrattaWithPipeline { get; }

    public HandWrittenTrattaClient HandWritten { get; }

    public KiotaTrattaClient Kiota { get; }

    /// <summary>
    /// The client as an application gets it, once per scope: a typed client is transient, so resolving it (and
    /// IHttpClientFactory's CreateClient under it) is part of every call made this way.
    /// </summary>
    public ITrattaClient ResolveFromServices() => _services.GetRequiredService<ITrattaClient>();

    public void Dispose()
    {
        _trattaHttp.Dispose();
        _pipelineHttp.Dispose();
        _handWrittenHttp.Dispose();
        _kiotaHttp.Dispose();
        _services.Dispose();
    }
}
