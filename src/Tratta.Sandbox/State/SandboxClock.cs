using System;

namespace Tratta.Sandbox.State;

/// <summary>
/// "Today" and "now" of the sandbox, read from the configured <see cref="TimeProvider"/> in its local time zone:
/// the docs give no time zone, so the sandbox behaves like a server running where its clock says it runs.
/// </summary>
internal sealed class SandboxClock(TimeProvider timeProvider)
{
    public DateOnly Today => DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);

    /// <summary>The local time to the second: created_at and updated_at carry no fractions.</summary>
    public DateTime Now
    {
        get
        {
            var now = timeProvider.GetLocalNow().DateTime;
            return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Unspecified);
        }
    }
}
