using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Emit;
using Tratta.Generator.Model;
using Tratta.Generator.Spec;

namespace Tratta.Benchmarks.Generator;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Tratta.Benchmarks -- report [documents…]</c>: what the generator makes
/// of each document (operations in the document and in the client, types, files, warnings by id), as a Markdown
/// table. Without documents: Tratta's spec and the corpus. Not a benchmark: one run each, for the record.
/// </summary>
internal static class GenerationReport
{
    public const string Command = "report";

    public static int Run(IReadOnlyList<string> documents)
    {
        var paths = documents.Count > 0
            ? documents.Select(Path.GetFullPath).ToList()
            : SpecSource.RepositoryDocuments().ToList();
        Console.WriteLine("| Document | Size | Operations in document | Operations generated | Types | Files | Warnings | Generator run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            var watch = Stopwatch.StartNew();
            var read = SpecReader.Read(text);
            var built = read.Document is null ? null : ModelBuilder.Build(read.Document, new GeneratorSettings("Report.Api", "ReportClient", "Report.Api."));
            var files = built?.Model is { } model ? EmitPlan.Units(model).SelectMany(unit => unit.Emit()).Count() : 0;
            watch.Stop();
            var diagnostics = read.Diagnostics.Concat(built?.Diagnostics ?? default).ToList();
            var warnings = diagnostics
                .GroupBy(d => d.Id)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => $"{group.Key}×{group.Count()}{(TrattaDiagnostics.Get(group.Key).DefaultSeverity == DiagnosticSeverity.Error ? " (error)" : "")}");
            Console.WriteLine(string.Join(" | ", [
                "| " + Path.GetFileName(path),
                $"{text.Length / 1024.0 / 1024.0:N2} MB",
                (read.Document?.Operations.Count ?? 0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                (built?.Model?.Groups.Sum(group => group.Operations.Count) ?? 0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                (built?.Model?.Types.Count ?? 0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                files.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(", ", warnings) is { Length: > 0 } list ? list : "none",
                $"{watch.Elapsed.TotalSeconds:N2} s |",
            ]));
        }

        return 0;
    }
}
