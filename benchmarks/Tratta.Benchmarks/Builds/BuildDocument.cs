using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tratta.Benchmarks.Builds;

/// <summary>
/// A document the build comparison runs on: Tratta's spec and the corpus, or instead the documents that
/// TRATTA_BENCH_DOCS lists (paths separated by the path separator), such as public payment APIs not in the repository.
/// </summary>
public sealed class BuildDocument(string name, string path)
{
    public string Name { get; } = name;

    public string FullPath { get; } = path;

    public static IEnumerable<BuildDocument> All()
    {
        var listed = (Environment.GetEnvironmentVariable("TRATTA_BENCH_DOCS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (listed.Length > 0)
        {
            return listed.Select(file => new BuildDocument(Path.GetFileNameWithoutExtension(file), Path.GetFullPath(file)));
        }

        return Repository();
    }

    private static IEnumerable<BuildDocument> Repository() =>
        Generator.SpecSource.RepositoryDocuments().Select(file => new BuildDocument(file.EndsWith("tratta.yaml", StringComparison.Ordinal) ? "tratta" : Path.GetFileNameWithoutExtension(file), file));

    public override string ToString() => Name;
}
