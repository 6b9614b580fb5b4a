using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>
/// Microsoft's FakeTimeProvider, moved only when the client can only be waiting on it: Polly's delays and timeouts
/// (and the logging handler's stopwatch) run on it, so retries with seconds of backoff take no real time. This class
/// adds what FakeTimeProvider does not tell: which timers are armed and when each is due, so that the clock moves
/// exactly to the next one.
/// </summary>
internal sealed class ManualTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))
{
    private readonly object _gate = new();
    private readonly List<ArmedTimer> _timers = [];
    private long _lastArmed;

    /// <summary>How far the clock has moved since it was created.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    /// <summary>The <see cref="EventSequence"/> number of the last time a timer was set to fire.</summary>
    public long LastArmed => Volatile.Read(ref _lastArmed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ArmedTimer(this, base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
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

    // FakeTimeProvider fires every timer that is due when it advances; the next due time is the one to move to.
    private void AdvanceToNextTimer()
    {
        DateTimeOffset? next;
        lock (_gate)
        {
            next = _timers.Select(t => t.Due).Where(due => due is not null).Min();
        }

        if (next is { } due && due > GetUtcNow())
        {
            Advance(due - GetUtcNow());
        }

        lock (_gate)
        {
            foreach (var timer in _timers.Where(t => t.Due <= GetUtcNow()))
            {
                timer.Due = timer.Period > TimeSpan.Zero ? timer.Due + timer.Period : null;
            }
        }
    }

    /// <summary>A timer of the FakeTimeProvider, and when it is due next.</summary>
    private sealed class ArmedTimer(ManualTimeProvider clock, ITimer inner) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                clock._timers.Add(this);
                if (Due is not null)
                {
                    Volatile.Write(ref clock._lastArmed, EventSequence.Next());
                }
            }

            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }

            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
