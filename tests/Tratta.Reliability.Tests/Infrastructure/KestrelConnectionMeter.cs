using System;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// Counts the connections an in-process Kestrel server accepts and closes on one port, from Kestrel's own
/// <c>kestrel.active_connections</c> meter (+1 when a connection starts, −1 when it ends): the server's side of the
/// socket, without touching the server's code.
/// </summary>
internal sealed class KestrelConnectionMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly int _port;
    private long _opened;
    private long _closed;
    private long _peak;

    public KestrelConnectionMeter(int port)
    {
        _port = port;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Server.Kestrel" && instrument.Name == "kestrel.active_connections")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    public long Opened => Interlocked.Read(ref _opened);

    public long Closed => Interlocked.Read(ref _closed);

    public long Open => Opened - Closed;

    /// <summary>The most connections open at once since the last <see cref="ResetPeak"/>.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public void ResetPeak() => Interlocked.Exchange(ref _peak, Open);

    /// <summary>Waits until no connection is open, or <paramref name="limit"/> has passed.</summary>
    public async Task WaitUntilAllClosedAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Open > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until no connection has been opened or closed for <paramref name="quiet"/>, or <paramref name="limit"/> has passed.</summary>
    public async Task WaitUntilSettledAsync(TimeSpan quiet, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var last = (Opened, Closed);
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline && DateTime.UtcNow - quietSince < quiet)
        {
            await Task.Delay(20);
            if ((Opened, Closed) != last)
            {
                last = (Opened, Closed);
                quietSince = DateTime.UtcNow;
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long change, ReadOnlySpan<System.Collections.Generic.KeyValuePair<string, object?>> tags, object? state)
    {
        if (!IsOurPort(tags))
        {
            return;
        }

        if (change > 0)
        {
            var open = Interlocked.Add(ref _opened, change) - Interlocked.Read(ref _closed);
            for (var peak = Peak; open > peak && Interlocked.CompareExchange(ref _peak, open, peak) != peak; peak = Peak)
            {
            }
        }
        else
        {
            Interlocked.Add(ref _closed, -change);
        }
    }

    private bool IsOurPort(ReadOnlySpan<System.Collections.Generic.KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "server.port")
            {
                return Convert.ToInt32(tag.Value, CultureInfo.InvariantCulture) == _port;
            }
        }

        return false;
    }
}
