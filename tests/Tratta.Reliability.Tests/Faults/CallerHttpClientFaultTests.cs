using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Client;
using Tratta.Reliability.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// A client made on an HttpClient of the caller's (<c>new TrattaClient(httpClient, options)</c>: no resilience
/// pipeline, no attempt handler). The connection asks such an HttpClient for the headers only and reads the body
/// itself, as the HttpClient would have for ResponseContentRead: within its Timeout, turning a broken body into
/// ApiTransportException, and reading a large body once.
/// </summary>
public sealed class CallerHttpClientFaultTests(FaultServerFixture fixture, ITestOutputHelper output) : IClassFixture<FaultServerFixture>
{
    private static readonly TimeSpan HttpClientTimeout = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task A_trickled_body_times_out_within_the_HttpClient_timeout()
    {
        var (failure, elapsed) = await CallAsync(Fault.TrickledBody);

        var transport = Assert.IsType<ApiTransportException>(failure);
        Assert.IsType<TimeoutException>(transport.InnerException);
        Assert.True(elapsed < HttpClientTimeout * 2 + TimeSpan.FromSeconds(2), $"The call took {elapsed}.");
    }

    [Fact]
    public async Task A_body_cut_mid_json_is_a_transport_failure()
    {
        var (failure, _) = await CallAsync(Fault.BodyCutMidJson);

        var transport = Assert.IsType<ApiTransportException>(failure);
        Assert.False(transport.RequestNotSent);
        Assert.IsType<HttpRequestException>(transport.InnerException);
    }

    [Fact]
    public async Task A_fifty_megabyte_body_is_read_once()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var client = new TrattaClient(http, TestSecrets.Options(fixture.Server.BaseAddress));
        var faultCase = fixture.Server.Begin(Fault.FiftyMegabyteBody);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var customer = await client.Customers.GetAsync("rel-1").WaitAsync(TimeSpan.FromSeconds(40));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Figures.Print(output, $"caller's HttpClient, 50 MB body: {allocated / 1024.0 / 1024.0:0.0} MB allocated, {faultCase.Requests.Count} request(s)");
        Assert.Equal("Ann Lee", customer.Name);
        FaultAssert.ReadOnce(allocated);
    }

    private async Task<(Exception? Failure, TimeSpan Elapsed)> CallAsync(Fault fault)
    {
        var faultCase = fixture.Server.Begin(fault);
        var scan = new SecretScan();
        Exception? failure = null;
        var started = Stopwatch.GetTimestamp();
        using (var http = new HttpClient { Timeout = HttpClientTimeout })
        {
            var client = new TrattaClient(http, TestSecrets.Options(fixture.Server.BaseAddress));
            try
            {
                await client.Customers.GetAsync("rel-1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (ApiException exception)
            {
                failure = exception;
                scan.Exception(exception);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await faultCase.WaitUntilAllClosedAsync(TimeSpan.FromSeconds(10));
        Figures.Print(output, $"caller's HttpClient, {fault}: {failure?.GetType().Name ?? "succeeded"} in {elapsed.TotalMilliseconds:0} ms, "
            + $"{faultCase.Accepted} connection(s) accepted / {faultCase.Closed} closed");
        Assert.Equal(faultCase.Accepted, faultCase.Closed);
        scan.AssertNoSecret();
        return (failure, elapsed);
    }
}
