using System;
using System.Threading;

namespace Tratta.Reliability.Tests.Load;

/// <summary>
/// Call durations in buckets 2% wide, from 10 µs to about 10 minutes: percentiles to within 2% in a fixed 1,000
/// counters, so a load run of any length keeps no growing list (the sustained run checks that memory stays flat).
/// </summary>
internal sealed class LatencyHistogram
{
    private const double Growth = 1.02;
    private const double SmallestMicroseconds = 10;
    private readonly long[] _counts = new long[1000];
    private long _total;

    public long Count => Interlocked.Read(ref _total);

    public void Record(TimeSpan duration)
    {
        var microseconds = Math.Max(duration.TotalMicroseconds, SmallestMicroseconds);
        var bucket = Math.Min((int)(Math.Log(microseconds / SmallestMicroseconds) / Math.Log(Growth)), _counts.Length - 1);
        Interlocked.Increment(ref _counts[bucket]);
        Interlocked.Increment(ref _total);
    }

    /// <summary>The duration below which <paramref name="fraction"/> of the calls finished (the bucket's upper edge).</summary>
    public TimeSpan Percentile(double fraction)
    {
        var rank = (long)Math.Ceiling(fraction * Count);
        long seen = 0;
        for (var bucket = 0; bucket < _counts.Length; bucket++)
        {
            seen += Interlocked.Read(ref _counts[bucket]);
            if (seen >= rank && seen > 0)
            {
                return TimeSpan.FromMicroseconds(SmallestMicroseconds * Math.Pow(Growth, bucket + 1));
            }
        }

        return TimeSpan.Zero;
    }
}
