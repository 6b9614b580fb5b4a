using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tratta.Client;
using Tratta.Reliability.Tests.Infrastructure;
using Tratta.Runtime;
using Tratta.Runtime.Http;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// Every fault of <see cref="Fault"/> against every kind of <see cref="Call"/>, over a real loopback socket to a
/// server that misbehaves on purpose. Each case checks the promises of docs/runtime.md: the documented exception
/// (or success), within the configured total timeout; retries only where the payment-safe rule allows them (so no
/// POST reaches the server twice); every socket the client opened closed once the client is disposed; and no secret
/// in a log line, an exception or a model's ToString().
/// </summary>
public sealed class HttpFaultMatrixTests(FaultServerFixture fixture, ITestOutputHelper output) : IClassFixture<FaultServerFixture>
{
    private const int MaxRetryAttempts = 2;

    // Nothing may hang: a case that has not finished by then fails, whatever it was waiting for.
    private static readonly TimeSpan HardTimeout = TimeSpan.FromSeconds(40);

    // A client's sockets close as soon as it is disposed; this only absorbs the server noticing it.
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(10);

    public static TheoryData<Fault, Call> Cases()
    {
        var cases = new TheoryData<Fault, Call>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            foreach (var call in Enum.GetValues<Call>())
            {
                cases.Add(fault, call);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Fault_ends_as_documented_without_repeating_a_post_or_keeping_a_socket(Fault fault, Call call) =>
        RunAsync(fault, call).WaitAsync(HardTimeout);

    /// <summary>
    /// The client the matrix uses: the pipeline of <c>TrattaClient.Create</c> (ApiHttpClientFactory) on an HttpClient
    /// the test owns, so that disposing it releases the sockets. Timeouts are short where the fault is about time.
    /// </summary>
    internal static TrattaClientOptions ClientOptions(Uri baseUrl, bool shortTimeouts)
    {
        var options = TestSecrets.Options(baseUrl);
        options.Resilience.Retry.MaxRetryAttempts = MaxRetryAttempts;
        options.Resilience.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Resilience.AttemptTimeout.Timeout = shortTimeouts ? TimeSpan.FromMilliseconds(400) : TimeSpan.FromSeconds(10);
        options.Resilience.TotalRequestTimeout.Timeout = shortTimeouts ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(25);
        return options;
    }

    private async Task RunAsync(Fault fault, Call call)
    {
        var expected = FaultExpectation.For(fault);
        var faultCase = fixture.Server.Begin(fault);
        // Short enough for the e-mail rule (a local part of at most 64 characters), unique to this case.
        var tag = $"{(int)fault:00}{(int)call}-{Guid.NewGuid():N}"[..16];
        var scan = new SecretScan();
        var options = ClientOptions(fixture.Server.BaseAddress, expected.ShortTimeouts);
        scan.Model(options);
        scan.Model(Calls.RequestModel(call, tag));

        object? result = null;
        Exception? failure = null;
        long allocated;
        TimeSpan elapsed;
        using (var loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ScanningLoggerProvider(scan))))
        using (var http = ApiHttpClientFactory.Create(options.Resilience, loggers.CreateLogger(typeof(TrattaClient).FullName!)))
        {
            var client = new TrattaClient(http, options);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            try
            {
                result = await Calls.InvokeAsync(client, call, tag, CancellationToken.None);
            }
            catch (Exception exception)
            {
                failure = exception;
                scan.Exception(exception);
            }

            elapsed = Stopwatch.GetElapsedTime(started);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            scan.Model(result);
        }

        await faultCase.WaitUntilAllClosedAsync(CloseGrace);
        var outcome = failure is null ? "succeeded" : $"{failure.GetType().Name}{(failure is ApiException { StatusCode: { } status } ? $" {(int)status}" : "")}";
        var posts = faultCase.Requests.Count(request => request.Method == "POST");
        Figures.Print(output, $"fault {fault} × {call}: {outcome} in {elapsed.TotalMilliseconds:0} ms, {faultCase.Requests.Count} request(s), "
            + $"{faultCase.Accepted} connection(s) accepted / {faultCase.Closed} closed, {allocated / 1024.0 / 1024.0:0.0} MB allocated");
        fixture.Record(new FaultCaseFigures($"{fault}: {outcome}", elapsed, faultCase.Requests.Count, posts, faultCase.Accepted, faultCase.Closed, scan.TextsScanned));

        AssertOutcome(expected, failure, result);
        Assert.True(elapsed < options.Resilience.TotalRequestTimeout.Timeout + TimeSpan.FromSeconds(2),
            $"The call took {elapsed}, longer than the total request timeout of {options.Resilience.TotalRequestTimeout.Timeout}.");
        Assert.Equal(expected.Attempts(call, MaxRetryAttempts), faultCase.Requests.Count);
        Assert.Empty(faultCase.PostsReceivedMoreThanOnce());
        Assert.True(faultCase.Accepted >= 1, "The request never reached the fault server.");
        Assert.True(faultCase.Closed == faultCase.Accepted,
            $"{faultCase.Accepted - faultCase.Closed} of {faultCase.Accepted} connection(s) still open {CloseGrace.TotalSeconds} s after the client was disposed.");
        if (fault == Fault.FiftyMegabyteBody)
        {
            FaultAssert.ReadOnce(allocated);
        }

        scan.AssertNoSecret();
    }

    private static void AssertOutcome(FaultExpectation expected, Exception? failure, object? result)
    {
        if (expected.Exception is null)
        {
            Assert.True(failure is null, $"The call failed: {failure}");
            Assert.NotNull(result);
            return;
        }

        Assert.NotNull(failure);
        Assert.IsType(expected.Exception, failure);
        var api = (ApiException)failure;
        Assert.Equal(expected.Status, api.StatusCode);
        if (expected.Inner is { } inner)
        {
            Assert.IsType(inner, failure.InnerException);
        }

        if (api is ApiTransportException transport)
        {
            // The server read every request: the outcome is unknown, so a caller must not take it as "not sent".
            Assert.False(transport.RequestNotSent);
        }

        if (api is ApiRateLimitException limited)
        {
            Assert.Equal((TimeSpan.FromSeconds(1), 60L, 0L), (limited.RetryAfter, limited.Limit, limited.Remaining));
        }
    }
}
