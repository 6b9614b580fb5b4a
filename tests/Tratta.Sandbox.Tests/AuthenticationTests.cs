using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Tratta.Sandbox.Tests;

public sealed class AuthenticationTests
{
    [Theory]
    [InlineData("GET", "customers")]
    [InlineData("POST", "customers")]
    [InlineData("GET", "customers/anyone")]
    [InlineData("PUT", "customers/anyone")]
    [InlineData("DELETE", "customers/anyone")]
    [InlineData("POST", "customers/anyone/addresses")]
    [InlineData("GET", "customers/anyone/addresses")]
    [InlineData("PUT", "customers/anyone/addresses/some-address")]
    [InlineData("DELETE", "customers/anyone/addresses/some-address")]
    [InlineData("POST", "customers/anyone/payment-methods")]
    [InlineData("POST", "charges")]
    public async Task Every_operation_without_a_key_is_401_Unauthenticated(string method, string path)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = null;
        sandbox.Http.DefaultRequestHeaders.Authorization = null;

        var response = await sandbox.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("""{"message":"Unauthenticated."}""", response.Body);
    }

    [Theory]
    [InlineData("Bearer", "not-the-key")]
    [InlineData("Bearer", "sandbox-key-tratta-local-but-longer")]
    [InlineData("Basic", "sandbox-key-tratta-local")]
    public async Task A_wrong_key_or_scheme_is_401(string scheme, string token)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);

        var response = await sandbox.GetAsync("customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("""{"message":"Unauthenticated."}""", response.Body);
    }

    [Fact]
    public async Task The_configured_key_is_accepted_and_the_default_one_then_is_not()
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.ApiKey = "my-own-key");
        Assert.Equal("my-own-key", sandbox.Server.ApiKey);

        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("customers")).Status);

        sandbox.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxOptions.DefaultApiKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.GetAsync("customers")).Status);
    }

    [Fact]
    public async Task An_unknown_customer_is_not_revealed_without_a_key()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Http.DefaultRequestHeaders.Authorization = null;

        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.GetAsync("customers/does-not-exist")).Status);
    }
}
