using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Tratta.Reliability.Tests.Infrastructure;
using Xunit;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>One fault server for the whole matrix (cases take turns on it), and the matrix's totals for the CI log.</summary>
public sealed class FaultServerFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<FaultCaseFigures> _figures = new();
    private readonly Stopwatch _elapsed = new();

    internal FaultServer Server { get; private set; } = null!;

    internal void Record(FaultCaseFigures figures) => _figures.Enqueue(figures);

    public async Task InitializeAsync()
    {
        _elapsed.Start();
        Server = await FaultServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        var all = _figures.ToList();
        if (all.Count == 0)
        {
            return;
        }

        Figures.Print(null, $"fault matrix: {all.Count} cases in {_elapsed.Elapsed.TotalSeconds:0.0} s; "
            + $"{all.Sum(f => f.Requests)} requests received, {all.Sum(f => f.PostsReceived)} POSTs (none twice), "
            + $"{all.Sum(f => f.ConnectionsAccepted)} connections accepted and {all.Sum(f => f.ConnectionsClosed)} closed; "
            + $"slowest case {all.Max(f => f.Elapsed.TotalMilliseconds):0} ms; {all.Sum(f => f.TextsScanned)} texts scanned for secrets");
        foreach (var outcome in all.GroupBy(f => f.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Figures.Print(null, $"fault matrix: {outcome.Count(),3} × {outcome.Key}");
        }
    }
}

/// <summary>What one case measured.</summary>
internal sealed record FaultCaseFigures(string Outcome, TimeSpan Elapsed, int Requests, int PostsReceived, int ConnectionsAccepted, int ConnectionsClosed, long TextsScanned);
