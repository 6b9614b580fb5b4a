using Xunit;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>
/// Tests that drive a <see cref="ManualTimeProvider"/> run alone: the driver tells "waiting on the clock" from
/// "still working" by watching for quiet moments, which other tests running in parallel would make rarer.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManualClockCollection
{
    public const string Name = "Manual clock";
}
