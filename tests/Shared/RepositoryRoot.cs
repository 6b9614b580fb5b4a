using System;
using System.IO;

namespace Tratta.Tests.Shared;

/// <summary>The repository's root folder, found from a test's output folder (linked into the test projects that need it).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Tratta.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tratta.Gen.sln not found above " + AppContext.BaseDirectory);
    }
}
