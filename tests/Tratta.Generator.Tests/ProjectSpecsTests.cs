using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// A project's specs as a whole: none, several, two that clash, and a project that cannot compile generated code.
/// Each problem is one TRATTA error at the spec file, and what cannot compile is not emitted (never CS8785).
/// </summary>
public sealed class ProjectSpecsTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Tiny, version: "1" }
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200':
                  description: Things.
                  content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Thing' } } } }
        components:
          schemas:
            Thing: { type: object, properties: { id: { type: string } } }
        """;

    [Fact]
    public void A_project_without_a_spec_gets_no_code_and_no_diagnostic()
    {
        var run = GeneratorHarness.Run([]);

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Two_specs_named_alike_generate_two_clients_that_compile_together()
    {
        var run = GeneratorHarness.Run([new SpecItem("/project/a/openapi.yaml", Spec), new SpecItem("/project/b/openapi.yaml", Spec)]);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(run.Output.GetTypeByMetadataName("Test.Root.A.Openapi.AOpenapiClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Test.Root.B.Openapi.Thing"));
        Assert.Equal(run.Sources.Length, run.Sources.Select(s => s.HintName).Distinct().Count());
    }

    [Fact]
    public void Two_specs_given_one_namespace_are_an_error_at_each_and_neither_is_generated()
    {
        var run = GeneratorHarness.Run([new SpecItem("/project/a.yaml", Spec, "Same"), new SpecItem("/project/b.yaml", Spec, "Same")]);

        Assert.Empty(run.Sources);
        Assert.Equal(["/project/a.yaml", "/project/b.yaml"], run.Diagnostics.Select(d => d.Location.GetLineSpan().Path).Order(System.StringComparer.Ordinal));
        Assert.All(run.Diagnostics, d => Assert.Equal("TRATTA020", d.Id));
        Assert.Contains("'/project/b.yaml' both generate into the namespace 'Same'", run.Diagnostics.First(d => d.Location.GetLineSpan().Path == "/project/a.yaml").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_project_without_Tratta_Runtime_gets_one_TRATTA019_per_spec_and_no_code()
    {
        var runtime = GeneratorHarness.RuntimeReferences.Single(r => r.Display!.EndsWith("Tratta.Runtime.dll", System.StringComparison.Ordinal));

        var run = GeneratorHarness.Run([new SpecItem("/project/a.yaml", Spec)], withoutReferences: runtime);

        Assert.Empty(run.Sources);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("TRATTA019", error.Id);
        Assert.Contains("Reference the Tratta.Generator package", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_project_on_CSharp_10_gets_one_TRATTA018_and_no_code()
    {
        var run = GeneratorHarness.Run([new SpecItem("/project/a.yaml", Spec)], new CSharpParseOptions(LanguageVersion.CSharp10));

        Assert.Empty(run.Sources);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("TRATTA018", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }
}
