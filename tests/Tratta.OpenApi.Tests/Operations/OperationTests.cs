using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Features.Operations;
using Tratta.OpenApi.Tests.Infrastructure;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Specs/operations.yaml: security schemes, servers with variables, an operation's own server, deprecation, no operationId.</summary>
public sealed class OperationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private OperationsClient Client(Action<OperationsClientOptions>? configure = null)
    {
        var options = new OperationsClientOptions { BaseUrl = fixture.Server.Address, BearerToken = "bearer-1", UserName = "ann", Password = "pw", HeaderKey = "hk", QueryKey = "qk", CookieKey = "ck", AccessToken = "oauth-1" };
        configure?.Invoke(options);
        return new OperationsClient(new HttpClient(), options);
    }

    [Fact]
    public async Task Each_security_scheme_sends_its_credential_where_the_spec_says()
    {
        var client = Client();
        for (var i = 0; i < 6; i++)
        {
            fixture.Server.Respond(CannedResponse.Empty());
        }

        await client.Keys.Basic.WithBasicAsync();
        var basic = fixture.Server.LastRequest;
        await client.Keys.Header.WithHeaderKeyAsync();
        var header = fixture.Server.LastRequest;
        await client.Keys.Query.WithQueryKeyAsync();
        var query = fixture.Server.LastRequest;
        await client.Keys.Cookie.WithCookieKeyAsync();
        var cookie = fixture.Server.LastRequest;
        await client.Keys.Oauth.WithOAuthAsync();
        var oauth = fixture.Server.LastRequest;
        await client.Public.GetPublicAsync();
        var anonymous = fixture.Server.LastRequest;

        Assert.Equal("Basic " + Convert.ToBase64String("ann:pw"u8.ToArray()), basic.Header("Authorization"));
        Assert.Equal("hk", header.Header("X-Api-Key"));
        Assert.Equal("/keys/query?api_key=qk", query.PathAndQuery);
        Assert.Equal("key=ck", cookie.Header("Cookie"));
        Assert.Equal("Bearer oauth-1", oauth.Header("Authorization"));
        Assert.Null(anonymous.Header("Authorization"));
    }

    [Fact]
    public void Server_variables_are_options_checked_against_their_values()
    {
        Assert.Equal("https://{region}.operations.example.com/{version}", OperationsClient.ServerUrl);
        Assert.Equal(new Uri("https://us.operations.example.com/v3/"), new OperationsClientOptions { Region = "us", Version = "v3", BearerToken = "b" }.GetBaseAddress());
        Assert.Contains(new OperationsClientOptions { Region = "mars", BearerToken = "b" }.Validate(), problem => problem.Contains("Region", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operation_with_its_own_server_goes_there_unless_the_caller_chose_the_base_url()
    {
        var targets = new Recorder();
        var own = new OperationsClient(new HttpClient(targets), new OperationsClientOptions { BearerToken = "b" });
        await own.Files.UploadFileAsync(Tratta.Runtime.FileContent.FromBytes([1], "a.bin"));
        await own.Things.ListAsync();

        Assert.Equal(["https://upload.operations.example.com/files", "https://eu.operations.example.com/v2/things"], targets.Uris.Select(u => u.AbsoluteUri));

        fixture.Server.Respond(CannedResponse.Empty());
        await Client().Files.UploadFileAsync(Tratta.Runtime.FileContent.FromBytes([1], "a.bin"));
        Assert.Equal("/files", fixture.Server.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task An_operation_without_an_operationId_is_named_from_its_method_and_path()
    {
        fixture.Server.RespondJson("""["a","b"]""");

        Assert.Equal(["a", "b"], await Client().Things.ListAsync());
    }

    [Fact]
    public void A_deprecated_operation_is_obsolete()
    {
        var method = typeof(IThingsArchiveOperations).GetMethod(nameof(IThingsArchiveOperations.CreateAsync))!;

        Assert.NotNull(method.GetCustomAttributes(typeof(ObsoleteAttribute), inherit: false).SingleOrDefault());
    }

    /// <summary>Answers 204 to anything, recording where each request was addressed (the hosts are not real).</summary>
    private sealed class Recorder : HttpMessageHandler
    {
        public System.Collections.Generic.List<Uri> Uris { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            var body = request.RequestUri!.AbsolutePath.EndsWith("things", StringComparison.Ordinal) ? "[]" : "";
            return Task.FromResult(new HttpResponseMessage(body.Length == 0 ? System.Net.HttpStatusCode.NoContent : System.Net.HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
