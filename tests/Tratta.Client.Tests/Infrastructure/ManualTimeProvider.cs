using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when told to: Polly's delays and timeouts (and the logging handler's stopwatch) run on it,
/// so retries with seconds of backoff take no real time. (Microsoft.Extensions.TimeProvider.Testing is not available.)
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private int _version;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How far the clock has moved since it was created.</summary>
    public TimeSpan Elapsed => GetUtcNow() - new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Runs <paramref name="action"/>, moving the clock to the next timer whenever nothing else can make progress:
    /// a request has reached the handler, none is being answered, and no timer was created, changed or removed
    /// over several consecutive checks (so a slow thread pool is not mistaken for a wait on the clock).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> action, CapturingHandler handler)
    {
        const int QuietChecksNeeded = 3;
        var task = Task.Run(action);
        var quietChecks = 0;
        var version = Volatile.Read(ref _version);
        for (var step = 0; step < 3000 && !task.IsCompleted; step++)
        {
            await Task.WhenAny(task, Task.Delay(10));
            var current = Volatile.Read(ref _version);
            var idle = handler.Requests.Count > 0 && handler.Answering == 0 && current == version;
            quietChecks = idle ? quietChecks + 1 : 0;
            version = current;
            if (!task.IsCompleted && quietChecks >= QuietChecksNeeded)
            {
                AdvanceToNextTimer();
                quietChecks = 0;
                version = Volatile.Read(ref _version);
            }
        }

        return await task;
    }

    public Task RunAsync(Func<Task> action, CapturingHandler handler) => RunAsync(async () => { await action(); return true; }, handler);

    private void AdvanceToNextTimer()
    {
        Timer? next;
        lock (_gate)
        {
            next = _timers.Where(t => t.Due is not null).OrderBy(t => t.Due).FirstOrDefault();
            if (next is null)
            {
                return;
            }

            _now = next.Due!.Value;
            next.Due = next.Period > TimeSpan.Zero ? _now + next.Period : null;
            _version++;
        }

        next.Fire();
    }

    private sealed class Timer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                clock._timers.Add(this);
                clock._version++;
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                clock._version++;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
