using System;
using System.Net;
using System.Threading.Tasks;
using Tratta.Client.Tests.Infrastructure;
using Xunit;

namespace Tratta.Client.Tests;

/// <summary>Every request carries the bearer key, Accept and User-Agent, and goes to the options' base URL.</summary>
public sealed class RequestHeadersTests
{
    [Fact]
    public async Task Requests_carry_authorization_accept_and_user_agent_and_use_the_options_base_url()
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var client = new TrattaClient(new System.Net.Http.HttpClient(handler), new TrattaClientOptions { OrganizationId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301", ApiKey = "sk_test_key" });

        await client.Customers.DeleteAsync("CUST-1");

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://3f2504e0-4f89-41d3-9a0c-0305e82c3301.production.tratta.io/api/v1/customers/CUST-1", request.Uri.ToString());
        Assert.Contains("Authorization: Bearer sk_test_key", request.Headers);
        Assert.Contains("Accept: application/json", request.Headers);
        Assert.Matches(@"User-Agent: Tratta\.Client/\d+\.\d+\.\d+", request.Headers);
    }

    [Theory]
    [InlineData("a/b?c#d", "/api/v1/customers/a%2Fb%3Fc%23d")]
    [InlineData("../admin", "/api/v1/customers/..%2Fadmin")]
    [InlineData("%2F", "/api/v1/customers/%252F")]
    [InlineData("John Smith", "/api/v1/customers/John%20Smith")]
    [InlineData("José-Ñ", "/api/v1/customers/Jos%C3%A9-%C3%91")]
    public async Task An_external_id_stays_one_escaped_path_segment(string externalId, string expectedPath)
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));
        var client = new TrattaClient(new System.Net.Http.HttpClient(handler), new TrattaClientOptions { BaseUrl = new Uri("https://sandbox.example.test/api/v1/"), ApiKey = "key" });

        await client.Customers.GetAsync(externalId);

        Assert.Equal(expectedPath, Assert.Single(handler.Requests).Uri.AbsolutePath);
        Assert.Equal("sandbox.example.test", handler.Requests[0].Uri.Host);
    }
}
