using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Runtime.Http;
using Xunit;

namespace Tratta.Runtime.Tests;

/// <summary>
/// Each request carries the credentials of the first alternative of its operation's security requirements that
/// the client has every credential of, put where the scheme says; a credential never prints its secret.
/// </summary>
public sealed class CredentialTests
{
    private static readonly ApiOperation Operation = new("GET", "/things", security: [["bearer"], ["key", "session"]]);

    [Fact]
    public async Task The_first_alternative_with_every_credential_is_sent()
    {
        var handler = new RecordingHandler();
        var credentials = new Dictionary<string, ApiCredential>
        {
            ["key"] = ApiCredential.ApiKey("api_key", ApiKeyLocation.Query, "k 1&2"),
            ["session"] = ApiCredential.ApiKey("session", ApiKeyLocation.Cookie, "s1"),
        };

        await Connection(handler, credentials).SendAsync(Request("things?page=2"), Operation, CancellationToken.None);

        var (_, uri, headers) = Assert.Single(handler.Requests);
        Assert.Equal("https://api.example.test/v1/things?page=2&api_key=k%201%262", uri.AbsoluteUri);
        Assert.Contains("Cookie: session=s1", headers);
        Assert.DoesNotContain("Authorization", headers);
    }

    [Fact]
    public async Task An_earlier_alternative_wins_and_a_bearer_token_goes_in_the_authorization_header()
    {
        var handler = new RecordingHandler();
        var credentials = new Dictionary<string, ApiCredential>
        {
            ["bearer"] = ApiCredential.Bearer("t0k3n"),
            ["key"] = ApiCredential.ApiKey("X-Key", ApiKeyLocation.Header, "k1"),
        };

        await Connection(handler, credentials).SendAsync(Request("things"), Operation, CancellationToken.None);

        var headers = Assert.Single(handler.Requests).Headers;
        Assert.Contains("Authorization: Bearer t0k3n", headers);
        Assert.DoesNotContain("X-Key", headers);
    }

    [Fact]
    public async Task A_token_provider_is_asked_before_each_request_and_basic_credentials_are_encoded()
    {
        var handler = new RecordingHandler();
        var issued = 0;
        var tokens = ApiCredential.Bearer(_ => ValueTask.FromResult("token-" + ++issued));
        var operation = new ApiOperation("GET", "/things", security: [["oauth"]]);
        var connection = Connection(handler, new Dictionary<string, ApiCredential> { ["oauth"] = tokens });

        await connection.SendAsync(Request("things"), operation, CancellationToken.None);
        await connection.SendAsync(Request("things"), operation, CancellationToken.None);
        await Connection(handler, new Dictionary<string, ApiCredential> { ["basic"] = ApiCredential.Basic("ann", "p:w") })
            .SendAsync(Request("things"), new ApiOperation("GET", "/things", security: [["basic"]]), CancellationToken.None);

        Assert.Contains("Authorization: Bearer token-1", handler.Requests[0].Headers);
        Assert.Contains("Authorization: Bearer token-2", handler.Requests[1].Headers);
        Assert.Contains("Authorization: Basic " + Convert.ToBase64String("ann:p:w"u8.ToArray()), handler.Requests[2].Headers);
    }

    [Fact]
    public async Task Without_a_complete_alternative_nothing_is_sent_and_the_server_s_401_is_typed()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Unauthorized, """{"message": "Unauthenticated."}""");
        var connection = Connection(handler, new Dictionary<string, ApiCredential> { ["key"] = ApiCredential.ApiKey("api_key", ApiKeyLocation.Query, "k") });

        var exception = await Assert.ThrowsAsync<ApiAuthenticationException>(() => connection.SendAsync(Request("things"), Operation, CancellationToken.None));

        Assert.Equal("Unauthenticated.", exception.ServerMessage);
        Assert.Equal("https://api.example.test/v1/things", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public void A_credential_never_prints_its_secret()
    {
        Assert.Equal("Bearer [REDACTED]", ApiCredential.Bearer("sk_SECRET").ToString());
        Assert.Equal("Basic [REDACTED]", ApiCredential.Basic("ann", "SECRET").ToString());
        Assert.Equal("API key 'api_key' in the query [REDACTED]", ApiCredential.ApiKey("api_key", ApiKeyLocation.Query, "SECRET").ToString());
    }

    private static ApiConnection Connection(RecordingHandler handler, IReadOnlyDictionary<string, ApiCredential> credentials) =>
        new(new HttpClient(handler), baseAddress: new Uri("https://api.example.test/v1"), credentials: credentials);

    private static HttpRequestMessage Request(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));
}
