using System;
using System.Globalization;
using System.Threading.Tasks;
using Tratta.Reliability.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Reliability.Tests.Load;

/// <summary>
/// One client from dependency injection under load against the real sandbox: every call succeeds, the sockets stay
/// bounded and are all reused and released, the thread pool is not starved, memory stays flat, and no secret reaches
/// a log line, an exception or a model's ToString(). Durations and allocations are printed, never asserted.
/// </summary>
public sealed class ClientLoadTests(ITestOutputHelper output)
{
    private const int ConcurrentCalls = 1000;
    private const int DefaultSustainedSeconds = 5;

    // Nothing may hang: on a loaded 2-core machine 1,000 calls take a few seconds.
    private static readonly TimeSpan HardTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public async Task A_thousand_concurrent_calls_through_one_client_succeed_on_bounded_reused_sockets(int maxConnectionsPerServer)
    {
        var scan = new SecretScan();
        await using var target = await LoadTarget.StartAsync(scan, maxConnectionsPerServer);
        var run = new LoadRun(target, scan);
        await run.BurstAsync(20, HardTimeout); // JIT and the first connections, outside the figures

        var openBefore = target.Connections.Open;
        var openedBefore = target.Connections.Opened;
        var closedBefore = target.Connections.Closed;
        target.Connections.ResetPeak();
        var figures = await run.BurstAsync(ConcurrentCalls, HardTimeout);

        // Connections the handler began for queued calls keep arriving after the calls they were for were served
        // on other connections: count them too.
        await target.Connections.WaitUntilSettledAsync(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));
        var (peak, opened, closedDuringRun) = (target.Connections.Peak, target.Connections.Opened - openedBefore, target.Connections.Closed - closedBefore);
        await target.DisposeClientAsync();
        await target.Connections.WaitUntilAllClosedAsync(TimeSpan.FromSeconds(2));

        var limit = maxConnectionsPerServer > 0 ? $"MaxConnectionsPerServer {maxConnectionsPerServer}" : "the registration's default handler";
        Figures.Print(output, $"load burst ({limit}): {figures}");
        Figures.Print(output, $"load burst ({limit}): p50 {run.Latencies.Percentile(0.50).TotalMilliseconds:0.0} ms, p99 {run.Latencies.Percentile(0.99).TotalMilliseconds:0.0} ms; "
            + $"sockets: {openBefore} open after warm-up, {opened} more opened for the burst, at most {peak} at once, {closedDuringRun} closed during it, "
            + $"{target.Connections.Open} still open 2 s after the service provider was disposed; {target.Logs.Events} log events, {scan.TextsScanned} texts scanned for secrets");

        Assert.True(run.Errors == 0, $"{run.Errors} of {run.Calls} calls failed:\n{run.FirstErrors}");
        Assert.Equal(ConcurrentCalls, figures.Calls);

        // At most one connection per call in flight, or the configured limit; none closed and replaced while the burst
        // ran (every socket opened was kept and reused). Disposing the service provider does not close them:
        // IHttpClientFactory keeps its handlers until they expire, so the figure is printed, not asserted.
        Assert.True(peak <= (maxConnectionsPerServer > 0 ? maxConnectionsPerServer : ConcurrentCalls + openBefore), $"{peak} connections open at once.");
        Assert.Equal(0, closedDuringRun);
        AssertThreadPoolNotStarved(figures);
        scan.AssertNoSecret();
    }

    [Fact]
    public async Task Sustained_load_keeps_memory_flat()
    {
        var configured = Environment.GetEnvironmentVariable("TRATTA_LOAD_SECONDS");
        var seconds = int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : DefaultSustainedSeconds;
        if (configured is null)
        {
            Figures.Print(output, $"sustained load: TRATTA_LOAD_SECONDS is not set, so this is the short {DefaultSustainedSeconds}-second run CI makes; set it (e.g. TRATTA_LOAD_SECONDS=600) for a long one");
        }

        var total = TimeSpan.FromSeconds(seconds);
        var warmUp = TimeSpan.FromSeconds(Math.Max(1, seconds / 5));
        var scan = new SecretScan();
        await using var target = await LoadTarget.StartAsync(scan, maxConnectionsPerServer: 0);
        var run = new LoadRun(target, scan);

        // Memory is compared at two quiet points (no call in flight): after a warm-up, and at the end.
        await run.SustainAsync(ConcurrentCalls, warmUp, HardTimeout);
        var (heapAfterWarmUp, workingSetAfterWarmUp) = MemoryAfterFullCollection();
        var figures = await run.SustainAsync(ConcurrentCalls, total - warmUp, HardTimeout);
        var (heapAtEnd, workingSetAtEnd) = MemoryAfterFullCollection();

        Figures.Print(output, $"sustained load ({seconds} s, {ConcurrentCalls} concurrent loops, after {warmUp.TotalSeconds:0} s of warm-up): {figures}");
        Figures.Print(output, $"sustained load: p50 {run.Latencies.Percentile(0.50).TotalMilliseconds:0.0} ms, p99 {run.Latencies.Percentile(0.99).TotalMilliseconds:0.0} ms; "
            + $"GC heap after a full collection {Mb(heapAfterWarmUp)} MB after warm-up → {Mb(heapAtEnd)} MB at the end; working set {Mb(workingSetAfterWarmUp)} MB → {Mb(workingSetAtEnd)} MB; "
            + $"at most {target.Connections.Peak} sockets open at once, {target.Connections.Opened} opened in all");

        Assert.True(run.Errors == 0, $"{run.Errors} of {run.Calls} calls failed:\n{run.FirstErrors}");
        Assert.True(heapAtEnd <= heapAfterWarmUp * 1.2, $"The GC heap grew from {Mb(heapAfterWarmUp)} MB to {Mb(heapAtEnd)} MB under steady load.");
        AssertThreadPoolNotStarved(figures);
        scan.AssertNoSecret();
    }

    // Async all the way down keeps the pool near its minimum. A blocking call under load shows as the pool injecting
    // threads (one or two a second) and a queued work item waiting many seconds for one. The probe's bound leaves room
    // for a CPU shared with other test projects (dotnet test runs them side by side); a thousand blocked calls would
    // keep it waiting far longer.
    private static readonly TimeSpan StarvedProbeDelay = TimeSpan.FromSeconds(5);

    private static void AssertThreadPoolNotStarved(LoadFigures figures)
    {
        var bound = figures.ThreadsAtStart + (8 * Environment.ProcessorCount) + 8;
        Assert.True(figures.MaxThreads <= bound, $"The thread pool grew from {figures.ThreadsAtStart} to {figures.MaxThreads} threads (bound {bound}): something blocks.");
        Assert.True(figures.MaxProbeDelay < StarvedProbeDelay, $"A work item waited {figures.MaxProbeDelay} for a thread: the pool is starved.");
    }

    private static (long Heap, long WorkingSet) MemoryAfterFullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
