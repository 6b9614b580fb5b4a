using System;
using System.Diagnostics;
using System.Threading;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// Watches the thread pool from a thread of its own (a starved pool cannot delay the watching): the most threads and
/// queued work items seen, and how long a work item queued every 50 ms waited before it ran. A pool starved by
/// blocking calls shows as threads injected one after another and probes waiting hundreds of milliseconds.
/// </summary>
internal sealed class ThreadPoolWatch : IDisposable
{
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private long _probeDelayTicks;

    private ThreadPoolWatch()
    {
        ThreadsAtStart = ThreadPool.ThreadCount;
        _thread = new Thread(Watch) { IsBackground = true, Name = "thread pool watch" };
    }

    public int ThreadsAtStart { get; }

    public int MaxThreads { get; private set; }

    public long MaxPendingWorkItems { get; private set; }

    public TimeSpan MaxProbeDelay => TimeSpan.FromTicks(Interlocked.Read(ref _probeDelayTicks));

    public static ThreadPoolWatch Start()
    {
        var watch = new ThreadPoolWatch();
        watch._thread.Start();
        return watch;
    }

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

    private void Watch()
    {
        var nextProbe = Stopwatch.GetTimestamp();
        while (!_stop.Wait(5))
        {
            MaxThreads = Math.Max(MaxThreads, ThreadPool.ThreadCount);
            MaxPendingWorkItems = Math.Max(MaxPendingWorkItems, ThreadPool.PendingWorkItemCount);
            if (Stopwatch.GetTimestamp() >= nextProbe)
            {
                nextProbe = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 20;
                var queued = Stopwatch.GetTimestamp();
                ThreadPool.UnsafeQueueUserWorkItem(_ => RecordProbe(Stopwatch.GetElapsedTime(queued)), null);
            }
        }
    }

    private void RecordProbe(TimeSpan delay)
    {
        for (var max = Interlocked.Read(ref _probeDelayTicks); delay.Ticks > max; max = Interlocked.Read(ref _probeDelayTicks))
        {
            if (Interlocked.CompareExchange(ref _probeDelayTicks, delay.Ticks, max) == max)
            {
                return;
            }
        }
    }
}
