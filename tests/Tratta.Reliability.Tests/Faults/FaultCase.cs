using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// What the fault server saw during one test case: the connections it accepted and closed, and every request. A
/// connection belongs to the case that was current when it was accepted (cases run one at a time).
/// </summary>
internal sealed class FaultCase(Fault fault)
{
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private int _accepted;
    private int _closed;

    public Fault Fault { get; } = fault;

    public int Accepted => Volatile.Read(ref _accepted);

    public int Closed => Volatile.Read(ref _closed);

    public IReadOnlyCollection<RawRequest> Requests => _requests;

    public void ConnectionAccepted() => Interlocked.Increment(ref _accepted);

    public void ConnectionClosed() => Interlocked.Increment(ref _closed);

    public void RequestReceived(RawRequest request) => _requests.Enqueue(request);

    /// <summary>
    /// POST bodies the server received more than once. The API has no idempotency key, so the body is what tells a
    /// repeat apart: each test sends a body of its own (a unique e-mail), so any body seen twice is a repeated POST.
    /// </summary>
    public IReadOnlyList<string> PostsReceivedMoreThanOnce() =>
        _requests.Where(request => request.Method == "POST")
            .GroupBy(request => request.Body, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Count()} × POST {group.First().Target}")
            .ToList();

    /// <summary>Waits until every accepted connection is closed, or <paramref name="limit"/> has passed.</summary>
    public async Task WaitUntilAllClosedAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Closed < Accepted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
