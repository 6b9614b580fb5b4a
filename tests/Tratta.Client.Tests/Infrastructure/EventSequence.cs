using System.Threading;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>
/// One counter shared by the capturing handler and the manual clock, so that "this timer was armed after that
/// answer" is a comparison of two numbers rather than a guess from timing.
/// </summary>
internal static class EventSequence
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
