using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;
using Tratta.Runtime.Http;

namespace Tratta.Client.Tests;

/// <summary>
/// Payment-safe retries on a manual clock (no real sleeping): reads and idempotent writes are retried on transient
/// failures; a POST is sent again only when its connection failed before any byte left.
/// </summary>
public sealed class ResilienceTests
{
    private const string Ok = """{"success": true}""";

    private readonly CapturingHandler _handler = new();
    private readonly ManualTimeProvider _time = new();
    private readonly CollectingLoggerProvider _logs = new();

    private static CreateChargeRequest Charge => new() { Amount = 700m, DebtAccountExternalId = "DEBT-1001", PaymentMethodId = "pm_1" };

    [Fact]
    public async Task A_read_is_retried_with_exponential_backoff_up_to_the_limit()
    {
        for (var i = 0; i < 4; i++)
        {
            _handler.RespondWith(HttpStatusCode.ServiceUnavailable, """{"message": "Down."}""");
        }

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiServerException>(() => Client().Customers.GetAsync("c1")), _handler);

        Assert.Equal(4, _handler.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1 + 2 + 4), _time.Elapsed);
    }

    [Fact]
    public async Task Every_response_is_disposed_once_read_including_the_ones_retried()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}").RespondWith(HttpStatusCode.BadGateway, "{}").RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(3, _handler.Responses.Count);
        Assert.All(_handler.Responses, response => Assert.Throws<ObjectDisposedException>(() => response.Content.ReadAsStream()));
    }

    [Theory]
    [InlineData("GET", 408)]
    [InlineData("GET", 429)]
    [InlineData("GET", 500)]
    [InlineData("GET", 502)]
    [InlineData("PUT", 503)]
    [InlineData("DELETE", 504)]
    public async Task Idempotent_calls_are_retried_on_transient_statuses(string method, int status)
    {
        var answer = method switch { "GET" => "get-customer-response.json", "PUT" => "address-response.json", _ => "delete-response.json" };
        _handler.RespondWith((HttpStatusCode)status, "{}").RespondWith(HttpStatusCode.OK, Payloads.Read(answer));

        await _time.RunAsync(() => Call(method), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.All(_handler.Requests, request => Assert.Equal(method, request.Method.Method));
    }

    [Fact]
    public async Task The_update_that_can_add_an_address_is_marked_not_idempotent_in_the_spec_and_never_sent_twice()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}").RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));

        await _time.RunAsync(() => Assert.ThrowsAsync<ApiServerException>(() => Client().Customers.UpdateAsync("c1", new UpdateCustomerRequest { Address = new CustomerAddressUpdateInput { PostalCode = "10001" } })), _handler);

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task Errors_that_a_retry_cannot_fix_are_not_retried(int status)
    {
        _handler.RespondWith((HttpStatusCode)status, "{}");

        await _time.RunAsync(() => Assert.ThrowsAnyAsync<ApiException>(() => Client().Customers.GetAsync("c1")), _handler);

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task A_charge_that_reached_the_server_is_never_sent_again(int status)
    {
        _handler.RespondWith((HttpStatusCode)status, "{}").RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));

        await _time.RunAsync(() => Assert.ThrowsAnyAsync<ApiException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_charge_whose_answer_timed_out_is_not_sent_again()
    {
        _handler.Hang().RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        Assert.Single(_handler.Requests);
        Assert.Contains("timed out", exception.Message);
        Assert.Equal(TimeSpan.FromSeconds(30), _time.Elapsed);
    }

    [Fact]
    public async Task A_charge_whose_connection_dropped_after_sending_is_not_sent_again()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public async Task A_charge_whose_connection_failed_before_sending_is_retried(HttpRequestError error)
    {
        _handler.Throw(new HttpRequestException(error, "Connection refused")).RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));

        var charge = await _time.RunAsync(() => Client().Charges.CreateAsync(Charge), _handler);

        Assert.IsType<ImmediateCharge>(charge);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_read_whose_answer_timed_out_is_retried()
    {
        _handler.Hang().RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(30 + 1), _time.Elapsed);
    }

    [Fact]
    public async Task A_read_whose_connection_broke_after_sending_is_retried()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_read_whose_body_stalls_is_timed_out_and_retried()
    {
        _handler.RespondWithStalledBody(HttpStatusCode.OK, """{"success": """u8.ToArray()).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(30 + 1), _time.Elapsed);
    }

    [Fact]
    public async Task A_charge_whose_body_stalls_is_timed_out_and_not_sent_again()
    {
        _handler.RespondWithStalledBody(HttpStatusCode.Created, """{"data": {"id": """u8.ToArray()).RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        Assert.Single(_handler.Requests);
        Assert.False(exception.RequestNotSent);
        Assert.Equal(TimeSpan.FromSeconds(30), _time.Elapsed);
    }

    [Fact]
    public async Task A_read_whose_body_breaks_off_is_retried()
    {
        _handler.RespondWithBrokenBody(HttpStatusCode.OK, """{"success": """u8.ToArray()).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_given_as_a_date_is_measured_on_the_client_s_clock_without_a_date_header()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", HttpDate(_time.GetUtcNow() + TimeSpan.FromSeconds(12)))).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(12), _time.Elapsed);
    }

    [Fact]
    public async Task Retry_after_given_as_a_date_is_measured_from_the_server_s_date_when_the_clocks_disagree()
    {
        // The server's clock is 5 minutes behind the client's: its "in 12 seconds" is still 12 seconds.
        var serverNow = _time.GetUtcNow() - TimeSpan.FromMinutes(5);
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}", ("Date", HttpDate(serverNow)), ("Retry-After", HttpDate(serverNow + TimeSpan.FromSeconds(12)))).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(12), _time.Elapsed);
    }

    [Fact]
    public async Task A_rate_limit_given_as_a_date_reaches_the_exception_measured_on_the_client_s_clock()
    {
        _handler.RespondWith(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", HttpDate(_time.GetUtcNow() + TimeSpan.FromMinutes(10))));

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiRateLimitException>(() => Client().Customers.DeleteAsync("c1")), _handler);

        Assert.Equal(TimeSpan.FromMinutes(10), exception.RetryAfter);
    }

    [Fact]
    public async Task A_charge_whose_body_breaks_off_is_not_sent_again()
    {
        _handler.RespondWithBrokenBody(HttpStatusCode.Created, """{"data": {"id": """u8.ToArray()).RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        Assert.Single(_handler.Requests);
        Assert.False(exception.RequestNotSent);
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("PUT")]
    public async Task A_call_whose_first_attempt_may_have_arrived_is_not_reported_as_not_sent_when_a_later_one_cannot_connect(string method)
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        for (var i = 0; i < 3; i++)
        {
            _handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        }

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Call(method)), _handler);

        Assert.Equal(4, _handler.Requests.Count);
        Assert.False(exception.RequestNotSent);
        Assert.Contains("may have reached the server", exception.Message);
    }

    [Fact]
    public async Task A_body_that_breaks_off_is_logged_as_a_failed_attempt_not_as_an_answer()
    {
        _handler.RespondWithBrokenBody(HttpStatusCode.OK, """{"success": """u8.ToArray()).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(["ApiAttemptFailed", "ApiAttempt"], _logs.Events.Select(e => e.EventId.Name));
    }

    [Fact]
    public async Task Retry_after_is_honoured_instead_of_the_backoff()
    {
        _handler.RespondWith(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "7")).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(7), _time.Elapsed);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_limit_is_not_waited_for()
    {
        _handler.RespondWith(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "600"));

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiRateLimitException>(() => Client().Customers.DeleteAsync("c1")), _handler);

        Assert.Single(_handler.Requests);
        Assert.Equal(TimeSpan.FromMinutes(10), exception.RetryAfter);
        Assert.Equal(TimeSpan.Zero, _time.Elapsed);
    }

    [Fact]
    public async Task Cancellation_stops_the_retries()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}").RespondWith(HttpStatusCode.OK, Ok);
        using var cancellation = new CancellationTokenSource();

        var call = Client().Customers.DeleteAsync("c1", cancellation.Token);
        var waitingToRetry = SpinWait.SpinUntil(() => _handler.LastAnswered > 0 && _time.LastArmed > _handler.LastAnswered, TimeSpan.FromSeconds(30));
        Assert.True(waitingToRetry, "The client never started waiting to retry the 503.");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task The_whole_call_is_bounded_by_the_total_timeout()
    {
        _handler.Hang().Hang().Hang();

        var exception = await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client(total: TimeSpan.FromSeconds(45)).Customers.DeleteAsync("c1")), _handler);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(45), _time.Elapsed);
        Assert.Contains("timed out", exception.Message);
    }

    [Fact]
    public async Task Each_attempt_is_logged_with_method_path_template_status_and_attempt_number()
    {
        _handler.RespondWith(HttpStatusCode.ServiceUnavailable, "{}").RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));

        await _time.RunAsync(() => Client().Customers.GetAsync("CUST-SECRET-ID"), _handler);

        var attempts = _logs.Events.Where(e => e.EventId.Name == "ApiAttempt").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal([503, 200], attempts.Select(e => (int)e.Values["StatusCode"]!));
        Assert.Equal([1, 2], attempts.Select(e => (int)e.Values["Attempt"]!));
        Assert.All(attempts, e => Assert.Equal("GET", e.Values["Method"]));
        Assert.All(attempts, e => Assert.Equal("/customers/{customer}", e.Values["PathTemplate"]));
        Assert.All(attempts, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.DoesNotContain("CUST-SECRET-ID", _logs.AllText());
    }

    [Fact]
    public async Task A_failed_attempt_is_logged_as_a_warning_with_the_error_type_only()
    {
        _handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused to secret-host")).RespondWith(HttpStatusCode.OK, Ok);

        await _time.RunAsync(() => Client().Customers.DeleteAsync("c1"), _handler);

        var failed = Assert.Single(_logs.Events, e => e.EventId.Name == "ApiAttemptFailed");
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal("HttpRequestException", failed.Values["ErrorType"]);
        Assert.DoesNotContain("secret-host", _logs.AllText());
    }

    [Fact]
    public async Task A_timed_out_attempt_is_logged_so_an_unknown_charge_outcome_leaves_a_trace()
    {
        _handler.Hang();

        await _time.RunAsync(() => Assert.ThrowsAsync<ApiTransportException>(() => Client().Charges.CreateAsync(Charge)), _handler);

        var failed = Assert.Single(_logs.Events, e => e.EventId.Name == "ApiAttemptFailed");
        Assert.Equal("POST", failed.Values["Method"]);
        Assert.Equal("/charges", failed.Values["PathTemplate"]);
        Assert.Equal("Cancelled or timed out", failed.Values["ErrorType"]);
        Assert.Equal(30_000d, (double)failed.Values["ElapsedMilliseconds"]!);
    }

    private TrattaClient Client(TimeSpan? total = null)
    {
        var options = new TrattaClientOptions { BaseUrl = new Uri("https://api.example.test/api/v1/"), ApiKey = "sk_test_key" };
        options.Resilience.Retry.UseJitter = false;
        options.Resilience.TotalRequestTimeout.Timeout = total ?? TimeSpan.FromMinutes(2);
        var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        var pipeline = ApiHttpClientFactory.CreateHandlers(options.Resilience, loggerFactory.CreateLogger<TrattaClient>(), _time, _handler);
        return new TrattaClient(new HttpClient(pipeline) { Timeout = Timeout.InfiniteTimeSpan }, options, _time);
    }

    private static string HttpDate(DateTimeOffset time) => time.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private Task Call(string method) => method switch
    {
        "GET" => Client().Customers.GetAsync("c1"),
        "PUT" => Client().Customers.Addresses.UpdateAsync("c1", "a1", new AddressRequest { PostalCode = "10001" }),
        _ => Client().Customers.DeleteAsync("c1"),
    };
}
