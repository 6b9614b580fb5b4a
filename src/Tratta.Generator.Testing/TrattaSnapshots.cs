using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Tratta.Generator.Testing;

/// <summary>
/// Snapshot tests of generated code after Verify's conventions: each generated file <c>X.g.cs</c> is compared with
/// <c>Snapshots/{TestFile}.{TestMethod}#X.g.verified.cs</c> beside the test file. A difference writes
/// <c>*.received.cs</c> beside the snapshot and fails with a diff; accept by renaming received to verified, or by
/// running the tests with <c>TRATTA_ACCEPT_SNAPSHOTS=1</c> (ignored when <c>CI=true</c>).
/// </summary>
public static class TrattaSnapshots
{
    /// <summary>The environment variable that accepts every difference as the new snapshot.</summary>
    public const string AcceptVariable = "TRATTA_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Runs the generator on a spec and verifies every generated file against its snapshot. Fails when the spec has a
    /// TRATTA error or the generated code does not compile cleanly, too.
    /// </summary>
    /// <param name="specPath">The spec: absolute, or relative to the test file's folder or one of its parents.</param>
    /// <param name="namespace">The <c>Namespace</c> of the spec's item; the default when null.</param>
    /// <param name="clientName">The <c>ClientName</c> of the spec's item; the default when null.</param>
    /// <param name="grouping">The item's <c>Grouping</c> (<c>paths</c> or <c>tags</c>); null to follow the spec.</param>
    /// <param name="testFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the test method.</param>
    /// <exception cref="SnapshotMismatchException">A snapshot differs, is missing, or is no longer generated; or the code is not usable.</exception>
    public static void Verify(string specPath, string? @namespace = null, string? clientName = null, string? grouping = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var testDirectory = TestDirectory(testFile);

        var client = TrattaGenerator.Run(Find(specPath, testDirectory), @namespace, clientName, grouping: grouping);
        var problems = client.Errors.Concat(client.CompilationProblems()).ToList();
        if (problems.Count > 0)
        {
            throw new SnapshotMismatchException("The generated client is not usable:\n" + string.Join("\n", problems));
        }

        Verify(client, Path.Combine(testDirectory, "Snapshots"), Path.GetFileNameWithoutExtension(testFile) + "." + testName);
    }

    /// <summary>Verifies every generated file against <c>{snapshotDirectory}/{name}#{hintName without .cs}.verified.cs</c>.</summary>
    /// <param name="client">What the generator made.</param>
    /// <param name="snapshotDirectory">Where the snapshots are.</param>
    /// <param name="name">The snapshots' name, e.g. <c>BillingClientTests.Generated_code</c>.</param>
    /// <exception cref="SnapshotMismatchException">A snapshot differs, is missing, or is no longer generated.</exception>
    public static void Verify(GeneratedClient client, string snapshotDirectory, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        Directory.CreateDirectory(snapshotDirectory);
        var prefix = name + "#";
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        var failures = new List<string>();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in client.Files)
        {
            var baseName = Path.Combine(snapshotDirectory, prefix + Path.GetFileNameWithoutExtension(file.HintName));
            var verified = baseName + ".verified.cs";
            var received = baseName + ".received.cs";
            expectedNames.Add(Path.GetFileName(verified));
            var actual = file.Text.Replace("\r\n", "\n");
            var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == actual || accept)
            {
                if (expected != actual)
                {
                    File.WriteAllText(verified, actual);
                }

                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual);
            failures.Add(expected is null
                ? $"{Path.GetFileName(verified)} does not exist yet; the output was written to {Path.GetFileName(received)}."
                : $"{Path.GetFileName(verified)} differs (received: {Path.GetFileName(received)}):\n{SnapshotDiff.Of(expected, actual)}");
        }

        foreach (var stale in Directory.GetFiles(snapshotDirectory, prefix + "*.verified.cs").Where(f => !expectedNames.Contains(Path.GetFileName(f))))
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
            throw new SnapshotMismatchException(
                $"{failures.Count} snapshot(s) do not match. Review the diffs; to accept, rename *.received.cs to *.verified.cs " +
                $"or run the tests with {AcceptVariable}=1.\n\n" + string.Join("\n\n", failures));
        }
    }

    // The folder of the test file. A deterministic build (ContinuousIntegrationBuild) records source paths as
    // "/_/tests/…": then the folder is found from the test's output folder upward.
    private static string TestDirectory(string testFile)
    {
        var directory = Path.GetDirectoryName(testFile);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory))
        {
            return directory;
        }

        var mapped = testFile.Replace('\\', '/');
        var relative = mapped.StartsWith("/_/", StringComparison.Ordinal) ? mapped.Substring(3) : mapped.TrimStart('/');
        for (var root = new DirectoryInfo(AppContext.BaseDirectory); root is not null; root = root.Parent)
        {
            if (File.Exists(Path.Combine(root.FullName, relative)))
            {
                return Path.GetDirectoryName(Path.Combine(root.FullName, relative))!;
            }
        }

        throw new InvalidOperationException($"The folder of the test file '{testFile}' cannot be found: call Verify(client, snapshotDirectory, name) with the folder.");
    }

    private static string Find(string specPath, string testDirectory)
    {
        if (Path.IsPathRooted(specPath))
        {
            return specPath;
        }

        for (var directory = new DirectoryInfo(testDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, specPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No '{specPath}' in {testDirectory} or any folder above it.", specPath);
    }
}
