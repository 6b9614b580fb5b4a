using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Testing;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Corpus.Tests;

/// <summary>
/// Every warning the generator leaves on the corpus is listed, with its reason, in docs/openapi-support.md: a new
/// warning (or one that went away) fails here until the list says so. Errors there must be none.
/// </summary>
public sealed partial class CorpusDiagnosticsTests
{
    public static TheoryData<string> Documents => new(DocumentNames());

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_warnings_left_on_a_document_are_the_ones_the_docs_list(string document)
    {
        var client = TrattaGenerator.Run(Path.Combine(RepositoryRoot.Path, "corpus", document), "Corpus.Check", "CheckClient");

        Assert.Empty(client.Errors);
        Assert.NotEmpty(client.Files);
        var actual = client.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning)
            .GroupBy(d => d.Id)
            .ToDictionary(g => g.Key, g => g.Count());
        var listed = ListedWarnings().Where(w => w.Document == document).ToDictionary(w => w.Id, w => w.Count);
        Assert.True(
            listed.OrderBy(p => p.Key).SequenceEqual(actual.OrderBy(p => p.Key)),
            $"docs/openapi-support.md lists for {document}: {Describe(listed)}; the generator reports: {Describe(actual)}. Update the table (with the reason) or the generator.");
    }

    [Fact]
    public void The_docs_list_only_documents_of_the_corpus()
    {
        var documents = DocumentNames().ToHashSet();

        Assert.All(ListedWarnings(), warning => Assert.Contains(warning.Document, documents));
        Assert.NotEmpty(ListedWarnings());
    }

    private static IEnumerable<string> DocumentNames() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "corpus"))
            .Select(path => Path.GetFileName(path))
            .Where(name => name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Describe(Dictionary<string, int> warnings) =>
        warnings.Count == 0 ? "none" : string.Join(", ", warnings.OrderBy(p => p.Key).Select(p => $"{p.Key} x{p.Value}"));

    /// <summary>The rows <c>| document.json | TRATTA006 | 31 | reason |</c> of the docs' table of warnings left.</summary>
    private static List<(string Document, string Id, int Count)> ListedWarnings() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "openapi-support.md"))
            .Select(line => WarningRow().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups["document"].Value, match.Groups["id"].Value, int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [GeneratedRegex(@"^\|\s*`(?<document>[\w.-]+\.(?:json|yaml))`\s*\|\s*(?<id>TRATTA\d{3})\s*\|\s*(?<count>\d+)\s*\|")]
    private static partial Regex WarningRow();
}
