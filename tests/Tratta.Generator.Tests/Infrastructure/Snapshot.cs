using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Tratta.Tests.Shared;
using Xunit.Sdk;

namespace Tratta.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify's conventions, so that moving to Verify.SourceGenerators later is a package swap:
/// each file <c>X.g.cs</c> is compared with <c>Snapshots/{Class}.{Method}#X.g.verified.cs</c>; a mismatch writes
/// <c>*.received.cs</c> beside it and fails with a diff. To accept, rename received to verified, or run the tests
/// with <c>TRATTA_ACCEPT_SNAPSHOTS=1</c> (never under CI).
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "TRATTA_ACCEPT_SNAPSHOTS";

    public static void Verify(string className, IEnumerable<(string HintName, string Text)> files, [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "Tratta.Generator.Tests", "Snapshots");
        Directory.CreateDirectory(directory);
        var prefix = $"{className}.{method}#";
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        var failures = new List<string>();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (hintName, text) in files)
        {
            var baseName = Path.Combine(directory, prefix + Path.GetFileNameWithoutExtension(hintName));
            var verified = baseName + ".verified.cs";
            var received = baseName + ".received.cs";
            expectedNames.Add(Path.GetFileName(verified));
            var actual = text.Replace("\r\n", "\n");
            var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, actual);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual);
            failures.Add(expected is null
                ? $"{Path.GetFileName(verified)} does not exist yet; the output was written to {Path.GetFileName(received)}."
                : $"{Path.GetFileName(verified)} differs (received: {Path.GetFileName(received)}):\n{Diff(expected, actual)}");
        }

        foreach (var stale in Directory.GetFiles(directory, prefix + "*.verified.cs").Where(f => !expectedNames.Contains(Path.GetFileName(f))))
        {
            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{Path.GetFileName(stale)} is no longer generated: delete it.");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(
                $"{failures.Count} snapshot(s) do not match. Review the diffs; to accept, rename *.received.cs to *.verified.cs " +
                $"or run the tests with {AcceptVariable}=1.\n\n" + string.Join("\n\n", failures));
        }
    }

    /// <summary>A line diff of the changed region, with a little context.</summary>
    public static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        var endBefore = before.Length - 1;
        var endAfter = after.Length - 1;
        while (endBefore >= start && endAfter >= start && before[endBefore] == after[endAfter])
        {
            endBefore--;
            endAfter--;
        }

        var diff = new StringBuilder();
        for (var i = Math.Max(0, start - 3); i < start; i++)
        {
            diff.Append($"  {i + 1,5}   {before[i]}\n");
        }

        for (var i = start; i <= endBefore && i < start + 40; i++)
        {
            diff.Append($"- {i + 1,5}   {before[i]}\n");
        }

        for (var i = start; i <= endAfter && i < start + 40; i++)
        {
            diff.Append($"+ {i + 1,5}   {after[i]}\n");
        }

        return diff.ToString();
    }
}
