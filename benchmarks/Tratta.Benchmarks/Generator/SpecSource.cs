using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tratta.Tests.Shared;

namespace Tratta.Benchmarks.Generator;

/// <summary>A spec the generator benchmarks run on: a file of the repository, or a synthetic spec of N operations.</summary>
public sealed class SpecSource
{
    private SpecSource(string name, string fileName, System.Func<string> read)
    {
        Name = name;
        FileName = fileName;
        Read = read;
    }

    public string Name { get; }

    /// <summary>The file name the generator sees (its extension says YAML or JSON).</summary>
    public string FileName { get; }

    public System.Func<string> Read { get; }

    /// <summary>
    /// Tratta's own spec, the three largest corpus documents, and synthetic specs of 100, 1,000 and 5,000 operations;
    /// only those TRATTA_BENCH_SPECS names, when it is set (<c>tratta,synthetic-100</c>: the CI smoke run).
    /// </summary>
    public static IEnumerable<SpecSource> All()
    {
        var only = (System.Environment.GetEnvironmentVariable("TRATTA_BENCH_SPECS") ?? "").Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
        return Every().Where(spec => only.Length == 0 || only.Contains(spec.Name, System.StringComparer.Ordinal));
    }

    private static IEnumerable<SpecSource> Every()
    {
        yield return File("tratta", "spec/tratta.yaml");
        yield return File("openai", "corpus/openai-openapi.yaml");
        yield return File("box", "corpus/box-platform.json");
        yield return File("discord", "corpus/discord-api.json");
        foreach (var operations in new[] { 100, 1_000, 5_000 })
        {
            yield return new SpecSource($"synthetic-{operations}", $"synthetic-{operations}.yaml", () => SyntheticSpec.Write(operations));
        }
    }

    /// <summary>Tratta's spec and every corpus document, as full paths.</summary>
    public static IEnumerable<string> RepositoryDocuments() =>
        new[] { Path.Combine(RepositoryRoot.Path, "spec", "tratta.yaml") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "corpus")).Where(file => Path.GetExtension(file) is ".yaml" or ".json").Order(System.StringComparer.Ordinal));

    public static SpecSource File(string name, string relativePath) =>
        new(name, Path.GetFileName(relativePath), () => System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath)));

    public override string ToString() => Name;
}
