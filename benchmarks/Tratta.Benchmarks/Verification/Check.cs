using System;
using System.Diagnostics.CodeAnalysis;

namespace Tratta.Benchmarks.Verification;

/// <summary>
/// The checks every GlobalSetup makes once before measuring: a benchmark whose method returns the wrong thing, or
/// nothing, would still report a time. Throwing fails that benchmark, and the run's exit code with it.
/// </summary>
internal static class Check
{
    public static void That([DoesNotReturnIf(false)] bool condition, string benchmark, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{benchmark}: {what}");
        }
    }

    public static void Same(string expected, string actual, string benchmark, string what)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{benchmark}: {what} differs.{Environment.NewLine}  expected: {expected}{Environment.NewLine}  actual:   {actual}");
        }
    }
}
