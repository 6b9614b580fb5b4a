using System;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>A clock that always reads the same instant (Microsoft.Extensions.TimeProvider.Testing is not available here).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
