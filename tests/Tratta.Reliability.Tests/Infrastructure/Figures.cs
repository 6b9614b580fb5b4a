using System;
using Xunit.Abstractions;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// Prints a test's figures where the CI log shows them. VSTest's console logger forwards the test host's standard
/// output, passing tests included, while xunit 2's ITestOutputHelper text shows only in the TRX (and for failures):
/// each line goes to both.
/// </summary>
internal static class Figures
{
    public static void Print(ITestOutputHelper? output, string line)
    {
        var text = "[reliability] " + line;
        Console.WriteLine(text);
        output?.WriteLine(text);
    }
}
