using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Tratta.Runtime.Http;
using Xunit;

namespace Tratta.Runtime.Tests;

/// <summary>
/// The pipeline is Microsoft's standard one configured as users configure it, with the payment-safe rule on top: the
/// configured predicate says whether an outcome is worth retrying, the operation whether repeating it is safe.
/// </summary>
public sealed class ResiliencePipelineTests
{
    [Fact]
    public async Task A_read_is_retried_and_an_operation_the_spec_marks_not_idempotent_is_not()
    {
        var (handler, client) = Pipeline(options => options.Retry.Delay = TimeSpan.Zero);
        handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        await Send(client, new ApiOperation("GET", "/things"));
        Assert.Equal(2, handler.Requests.Count);

        handler.Requests.Clear();
        handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        await Assert.ThrowsAsync<ApiServerException>(() => Send(client, new ApiOperation("PUT", "/things/{id}", isIdempotent: false)));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task The_configured_predicate_still_decides_what_is_worth_a_retry()
    {
        var (handler, client) = Pipeline(options =>
        {
            options.Retry.Delay = TimeSpan.Zero;
            options.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
        });
        handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);

        await Assert.ThrowsAsync<ApiServerException>(() => Send(client, new ApiOperation("GET", "/things")));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_limit_is_not_waited_for()
    {
        var (handler, client) = Pipeline(options => options.MaxRetryAfter = TimeSpan.FromSeconds(5));
        handler.Respond(HttpStatusCode.TooManyRequests, "{}", response => response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(60)));

        var exception = await Assert.ThrowsAsync<ApiRateLimitException>(() => Send(client, new ApiOperation("GET", "/things")));

        Assert.Single(handler.Requests);
        Assert.Equal(TimeSpan.FromSeconds(60), exception.RetryAfter);
    }

    [Fact]
    public void Options_that_cannot_make_a_pipeline_are_refused_with_every_problem()
    {
        var options = new ApiResilienceOptions();
        options.Retry.MaxRetryAttempts = -1;
        options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);

        var exception = Assert.Throws<ArgumentException>(() => ApiResiliencePipeline.Create(options));

        Assert.Contains("Resilience:Retry:MaxRetryAttempts must not be negative", exception.Message);
        Assert.Contains("the total not shorter than an attempt", exception.Message);
        Assert.Contains("SamplingDuration must be at least twice", exception.Message);
    }

    private static (RecordingHandler Handler, HttpClient Client) Pipeline(Action<ApiResilienceOptions> configure)
    {
        var options = new ApiResilienceOptions();
        options.Retry.UseJitter = false;
        configure(options);
        var handler = new RecordingHandler();
        // Retries wait no real time: the clock moves a millisecond each time it is read.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var client = new HttpClient(ApiHttpClientFactory.CreateHandlers(options, NullLogger.Instance, clock, handler)) { Timeout = Timeout.InfiniteTimeSpan };
        return (handler, client);
    }

    private static Task Send(HttpClient client, ApiOperation operation) =>
        new ApiConnection(client, baseAddress: new Uri("https://api.example.test/"))
            .SendAsync(new HttpRequestMessage(operation.Method, new Uri("things", UriKind.Relative)), operation, CancellationToken.None);
}
