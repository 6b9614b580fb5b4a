using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Reliability.Tests.Infrastructure;

namespace Tratta.Reliability.Tests.Load;

/// <summary>
/// Runs calls against a <see cref="LoadTarget"/> and measures them: durations, errors (each scanned for secrets),
/// bytes allocated by the whole process per call, and the thread pool. Nothing here asserts a duration.
/// </summary>
internal sealed class LoadRun(LoadTarget target, SecretScan scan)
{
    private readonly ConcurrentQueue<Exception> _errors = new();
    private long _calls;

    public LatencyHistogram Latencies { get; } = new();

    public long Calls => Interlocked.Read(ref _calls);

    public int Errors => _errors.Count;

    public string FirstErrors => string.Join("\n", _errors.Take(3));

    /// <summary><paramref name="count"/> calls started at once; every result is kept (and its ToString() scanned after).</summary>
    public async Task<LoadFigures> BurstAsync(int count, TimeSpan limit)
    {
        var results = new object?[count];
        var measured = await MeasureAsync(() => Task.WhenAll(Enumerable.Range(0, count).Select(async i => results[i] = await TimedCallAsync())).WaitAsync(limit));
        foreach (var result in results)
        {
            scan.Model(result);
        }

        return measured;
    }

    /// <summary><paramref name="workers"/> loops, each making one call after another, until <paramref name="duration"/> has passed.</summary>
    public Task<LoadFigures> SustainAsync(int workers, TimeSpan duration, TimeSpan limit)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return MeasureAsync(() => Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var result = await TimedCallAsync();

                // A sample of the results: a long run keeps none of them, so that its memory can stay flat.
                if (Random.Shared.Next(100) == 0)
                {
                    scan.Model(result);
                }
            }
        })).WaitAsync(duration + limit));
    }

    private async Task<LoadFigures> MeasureAsync(Func<Task> run)
    {
        var callsBefore = Calls;
        using var pool = ThreadPoolWatch.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await run();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var calls = Calls - callsBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new LoadFigures(calls, elapsed, allocated / Math.Max(calls, 1), pool.ThreadsAtStart, pool.MaxThreads, pool.MaxPendingWorkItems, pool.MaxProbeDelay);
    }

    private async Task<object?> TimedCallAsync()
    {
        var number = Interlocked.Increment(ref _calls);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await target.CallAsync(number);
        }
        catch (Exception exception)
        {
            _errors.Enqueue(exception);
            scan.Exception(exception);
            return null;
        }
        finally
        {
            Latencies.Record(Stopwatch.GetElapsedTime(started));
        }
    }
}

/// <summary>What one measured phase of a load run gave.</summary>
internal sealed record LoadFigures(long Calls, TimeSpan Elapsed, long AllocatedBytesPerCall, int ThreadsAtStart, int MaxThreads, long MaxPendingWorkItems, TimeSpan MaxProbeDelay)
{
    public override string ToString() =>
        $"{Calls} calls in {Elapsed.TotalSeconds:0.00} s ({Calls / Elapsed.TotalSeconds:0} calls/s), {AllocatedBytesPerCall / 1024.0:0.0} KB allocated per call (client and sandbox, one process); "
        + $"thread pool: {ThreadsAtStart} → at most {MaxThreads} threads, at most {MaxPendingWorkItems} queued work items, a probe waited at most {MaxProbeDelay.TotalMilliseconds:0} ms";
}
