using System;

namespace Tratta.Tests.Shared;

/// <summary>
/// A clock that always reads the same instant, with UTC as its local zone, so "today" is known to the test
/// (Microsoft.Extensions.TimeProvider.Testing is not available here). Linked into the test projects that need it.
/// </summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
