using System;
using System.IO;

namespace Tratta.Spec.Tests;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SpecPath => Path.Combine(Root, "spec", "tratta.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tratta.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tratta.Gen.sln not found above " + AppContext.BaseDirectory);
    }
}
