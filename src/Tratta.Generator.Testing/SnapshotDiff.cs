using System;
using System.Text;

namespace Tratta.Generator.Testing;

/// <summary>A line diff of the region where two texts differ, with a little context: enough to review a snapshot change.</summary>
internal static class SnapshotDiff
{
    private const int MaxLines = 40;

    public static string Of(string expected, string actual)
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

        for (var i = start; i <= endBefore && i < start + MaxLines; i++)
        {
            diff.Append($"- {i + 1,5}   {before[i]}\n");
        }

        for (var i = start; i <= endAfter && i < start + MaxLines; i++)
        {
            diff.Append($"+ {i + 1,5}   {after[i]}\n");
        }

        return diff.ToString();
    }
}
