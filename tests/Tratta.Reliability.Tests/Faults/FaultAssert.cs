using Xunit;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>Checks the fault tests share.</summary>
internal static class FaultAssert
{
    // The attempt handler reads a body of known length straight into one array of that size, and the connection hands
    // that array on without a copy. Before this was fixed a 50 MB answer cost 160 MB: ReadAsByteArrayAsync's own
    // buffer and its copy, and HttpClient buffering the already-read body again. A second copy anywhere adds 50 MB.
    public static void ReadOnce(long allocated) =>
        Assert.True(allocated < 1.5 * FaultResponder.FiftyMegabytes,
            $"Reading the 50 MB body allocated {allocated / 1024.0 / 1024.0:0.0} MB: more than one copy of the body.");
}
