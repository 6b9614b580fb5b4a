using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;

namespace Tratta.Client.Tests;

/// <summary>Each failure is its own exception type, with status, server message and request id.</summary>
public sealed class ErrorMappingTests
{
    private readonly CapturingHandler _handler = new();

    private TrattaClient Client => new(new HttpClient(_handler), new TrattaClientOptions { BaseUrl = new Uri("https://api.example.test/api/v1/"), ApiKey = "sk_test_key" });

    [Theory]
    [InlineData(401, typeof(ApiAuthenticationException))]
    [InlineData(403, typeof(ApiPermissionException))]
    [InlineData(404, typeof(ApiNotFoundException))]
    [InlineData(422, typeof(ApiValidationException))]
    [InlineData(429, typeof(ApiRateLimitException))]
    [InlineData(500, typeof(ApiServerException))]
    [InlineData(503, typeof(ApiServerException))]
    [InlineData(409, typeof(ApiException))]
    public async Task Each_status_maps_to_its_exception(int status, Type expected)
    {
        _handler.RespondWith((HttpStatusCode)status, """{"message": "Server says no."}""", ("X-Request-Id", "req_123"));

        var exception = await Assert.ThrowsAnyAsync<ApiException>(() => Client.Customers.GetAsync("c1"));

        Assert.IsType(expected, exception);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal("Server says no.", exception.ServerMessage);
        Assert.Equal("req_123", exception.RequestId);
        Assert.Equal("GET /customers/{customer}", exception.Operation);
        Assert.StartsWith($"GET /customers/{{customer}} failed with {status} (", exception.Message);
        Assert.Contains("Request id: req_123.", exception.Message);
        Assert.DoesNotContain("sk_test_key", exception.ToString());
    }

    [Fact]
    public async Task A_rate_limit_carries_retry_after_and_the_rate_limit_headers()
    {
        _handler.RespondWith(HttpStatusCode.TooManyRequests, """{"message": "Too Many Attempts."}""", ("Retry-After", "120"), ("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1795000000"));

        var exception = await Assert.ThrowsAsync<ApiRateLimitException>(() => Client.Customers.GetAsync("c1"));

        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
        Assert.Equal(60, exception.Limit);
        Assert.Equal(0, exception.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795000000), exception.Reset);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_still_maps_by_status()
    {
        _handler.RespondWith(HttpStatusCode.BadGateway, "<html>Bad Gateway</html>");

        var exception = await Assert.ThrowsAsync<ApiServerException>(() => Client.Customers.GetAsync("c1"));

        Assert.Null(exception.ServerMessage);
        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
    }

    [Fact]
    public async Task A_connection_that_could_not_be_made_is_a_transport_exception_saying_nothing_was_sent()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (api.example.test:443)"));

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => Client.Customers.GetAsync("c1"));

        Assert.Null(exception.StatusCode);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.True(exception.RequestNotSent);
        Assert.StartsWith("GET /customers/{customer} could not connect to the server; nothing was sent", exception.Message);
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.Unknown)]
    public async Task A_connection_that_broke_after_sending_is_a_transport_exception_whose_outcome_is_unknown(HttpRequestError error)
    {
        _handler.Throw(new HttpRequestException(error, "The response ended prematurely."));

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => Client.Charges.CreateAsync(
            new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "DEBT-1001", PaymentMethodId = "pm_1" }));

        Assert.False(exception.RequestNotSent);
        Assert.StartsWith("POST /charges failed after the request may have reached the server; whether it took effect is unknown", exception.Message);
    }

    [Fact]
    public async Task A_success_body_that_is_not_utf8_is_a_transport_exception_not_a_crash()
    {
        _handler.RespondWith(HttpStatusCode.OK, [.. "{\"data\":{\"id\":\"c1\",\"name\":\"Jos"u8, 0xE9, .. "\"}}"u8]);

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => Client.Customers.GetAsync("c1"));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
    }

    [Fact]
    public async Task A_503_with_retry_after_carries_it_on_the_server_exception()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "", ("Retry-After", "30"));

        var exception = await Assert.ThrowsAsync<ApiServerException>(() => Client.Customers.GetAsync("c1"));

        Assert.Equal(TimeSpan.FromSeconds(30), exception.RetryAfter);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_an_api_exception()
    {
        _handler.Hang();
        using var cancellation = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.Customers.GetAsync("c1", cancellation.Token));
    }
}
