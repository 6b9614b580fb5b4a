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
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = Start;
    private long _lastArmed;

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
    public TimeSpan Elapsed => GetUtcNow() - Start;

    /// <summary>The <see cref="EventSequence"/> number of the last time a timer was set to fire.</summary>
    public long LastArmed => Volatile.Read(ref _lastArmed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Runs <paramref name="action"/>, moving the clock to the next timer each time the client can only be waiting on
    /// it: after an answer, once a timer was armed (the retry delay: nothing else arms one between an answer and the
    /// next attempt), or once a request hangs (only a timeout can end it). One move per answer or hang, so a slow
    /// thread pool is never mistaken for a wait on the clock.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> action, CapturingHandler handler)
    {
        var task = Task.Run(action);
        long movedFor = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The call neither finished nor waited on the clock within 30 s (clock at +{Elapsed}, {handler.Requests.Count} request(s) seen).");
            }

            await Task.WhenAny(task, Task.Delay(5));
            if (task.IsCompleted || handler.Answering != 0)
            {
                continue;
            }

            var answered = handler.LastAnswered;
            var hangStarted = handler.LastHangStarted;
            var lastEvent = Math.Max(answered, hangStarted);
            var waitingOnClock = lastEvent > movedFor && (hangStarted > answered || LastArmed > answered);
            if (waitingOnClock)
            {
                movedFor = lastEvent;
                AdvanceToNextTimer();
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
                if (Due is not null)
                {
                    Volatile.Write(ref clock._lastArmed, EventSequence.Next());
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
