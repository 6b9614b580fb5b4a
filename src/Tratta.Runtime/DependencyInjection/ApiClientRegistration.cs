using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tratta.Runtime.Http;

namespace Tratta.Runtime.DependencyInjection;

/// <summary>
/// What every generated <c>Add{ClientName}</c> method does: registers the client as a typed client of
/// IHttpClientFactory with its options validated at start-up, the payment-safe resilience handler, one log event per
/// attempt, and none of IHttpClientFactory's own loggers (they write the full request URI).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiClientRegistration
{
    /// <summary>Registers a generated client.</summary>
    /// <typeparam name="TClient">The generated client class.</typeparam>
    /// <typeparam name="TInterface">Its interface.</typeparam>
    /// <typeparam name="TOptions">Its options class.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="httpClientName">The name of the HttpClient in IHttpClientFactory.</param>
    /// <param name="configure">Sets the options, if given; several calls add several steps.</param>
    /// <param name="create">Creates the client from its HttpClient, options and clock.</param>
    /// <returns>
    /// The HttpClient builder, to add handlers or change the primary handler. Do not add another resilience handler to
    /// it: one inside the payment-safe pipeline would repeat requests that pipeline refuses to repeat.
    /// </returns>
    public static IHttpClientBuilder Add<TClient, TInterface, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        string httpClientName,
        Action<TOptions>? configure,
        Func<HttpClient, TOptions, TimeProvider, TClient> create)
        where TClient : class, TInterface
        where TInterface : class
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        var options = services.AddOptions<TOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // A second call adds its configure step but not a second set of handlers (twice the retries, twice the logs).
        if (services.Any(service => service.ServiceType == typeof(Registration<TClient>)))
        {
            return services.AddHttpClient(httpClientName);
        }

        services.AddSingleton<Registration<TClient>>();
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, OptionsValidator<TOptions>>());
        services.TryAddSingleton(TimeProvider.System);

        var builder = services.AddHttpClient(httpClientName).ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);

        // A resilience handler added to every HttpClient (ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()),
        // as .NET Aspire's service defaults do) would wrap this one and re-send a POST this one refused to repeat: a
        // charge taken twice. Only the payment-safe pipeline may retry this client's requests.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way to drop inherited handlers.
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddResilienceHandler(httpClientName + "-payment-safe", (pipeline, context) =>
            ApiResiliencePipeline.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value.Resilience));
        builder
            .AddHttpMessageHandler(provider => new ApiLoggingHandler(provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TClient).FullName!), provider.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(() => new AttemptHandler())
            .RemoveAllLoggers();

        builder.AddTypedClient<TClient>((http, provider) => Create(http, provider, create));
        builder.AddTypedClient<TInterface>((http, provider) => Create(http, provider, create));
        return builder;
    }

    private static TClient Create<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(HttpClient http, IServiceProvider provider, Func<HttpClient, TOptions, TimeProvider, TClient> create)
        where TOptions : ApiClientOptions =>
        create(http, provider.GetRequiredService<IOptions<TOptions>>().Value, provider.GetRequiredService<TimeProvider>());

    // Marks a service collection where the client of that type has been registered.
    private sealed class Registration<TClient>
    {
    }

    private sealed class OptionsValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IValidateOptions<TOptions>
        where TOptions : ApiClientOptions
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
