using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tratta.Generator.Emit;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// The generator does no work twice: an edit that cannot change the output leaves the tracked steps and the
/// generated sources cached, and a spec edit that does change it regenerates.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps = [TrackingNames.Files, TrackingNames.Names, TrackingNames.Input, TrackingNames.ProjectCheck, TrackingNames.Build, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.EmitUnits];

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_and_output_cached()
    {
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n\n/// <summary>The consumer.</summary>\npublic static class Program\n{\n}\n");
        var driver = GeneratorHarness.Driver(GeneratorHarness.ReadSpec("tratta.yaml"), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer;\n\ninternal sealed class Unrelated\n{\n}\n", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            AssertReasons(result.TrackedSteps[step], step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertReasons(result.TrackedOutputSteps.SelectMany(o => o.Value), "outputs", IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_spec_edit_that_only_moves_lines_keeps_the_generated_code_cached()
    {
        var spec = GeneratorHarness.ReadSpec("tratta.yaml");
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n");
        var driver = GeneratorHarness.Driver(original, trackSteps: true).RunGenerators(compilation);

        var commented = new InMemoryAdditionalText(GeneratorHarness.SpecPath, "# A comment that moves every line down.\n\n" + spec);
        var result = driver.ReplaceAdditionalText(original, commented).RunGenerators(compilation).GetRunResult().Results.Single();

        AssertReasons(result.TrackedSteps[TrackingNames.Input], TrackingNames.Input, IncrementalStepRunReason.Modified);
        AssertReasons(result.TrackedSteps[TrackingNames.Model], TrackingNames.Model, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertReasons(result.TrackedOutputSteps.SelectMany(o => o.Value), "outputs", IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_spec_edit_that_changes_the_client_regenerates_it()
    {
        var spec = GeneratorHarness.ReadSpec("tratta.yaml");
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n");
        var driver = GeneratorHarness.Driver(original, trackSteps: true).RunGenerators(compilation);

        var withField = spec.Replace(
            "    DeleteResult:\n      type: object\n",
            "    DeleteResult:\n      type: object\n      x-tratta-name: DeletionResult\n");
        Assert.NotEqual(spec, withField);
        var edited = new InMemoryAdditionalText(GeneratorHarness.SpecPath, withField);
        var run = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        AssertReasons(result.TrackedSteps[TrackingNames.Model], TrackingNames.Model, IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, source => source.HintName == "Test.Api.DeletionResult.g.cs");
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "Test.Api.DeleteResult.g.cs");
    }

    [Fact]
    public void Editing_one_schema_re_emits_that_schema_only()
    {
        var (units, outputs) = EditSpec("    DeleteResult:\n      type: object\n      description: The result of a delete.\n", "    DeleteResult:\n      type: object\n      description: The outcome of a delete.\n");

        var changed = Assert.Single(units);
        Assert.Equal("DeleteResult", Assert.IsType<TypeEmitUnit>(changed).Type.Name);
        Assert.Equal(1, outputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.True(outputs.Count > 30, $"{outputs.Count} outputs: expected one per type, per operation group and one for the client");
        Assert.All(outputs.Where(reason => reason != IncrementalStepRunReason.Modified), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_a_request_schema_re_emits_it_and_the_validators_that_look_into_it()
    {
        var (units, _) = EditSpec("          description: The card number; must be a valid card number.\n", "          description: The number on the card; must be a valid card number.\n");

        var names = units.Select(unit => unit is TypeEmitUnit type ? type.Type.Name : unit.GetType().Name).OrderBy(name => name, System.StringComparer.Ordinal).ToList();
        Assert.Contains("CardInput", names);
        Assert.All(units, unit => Assert.True(
            unit is TypeEmitUnit { Type.Name: "CardInput" } || unit is TypeEmitUnit { Neighbours: var neighbours } && neighbours.Any(n => n.Name == "CardInput"),
            $"{string.Join(", ", names)}: only CardInput and the validators that look into it"));
        Assert.DoesNotContain(units, unit => unit is GroupEmitUnit or ClientEmitUnit);
    }

    // Edits the real spec once, runs the generator again, and returns the emit units that changed and every output's reason.
    private static (List<EmitUnit> Units, List<IncrementalStepRunReason> Outputs) EditSpec(string find, string replacement)
    {
        var spec = GeneratorHarness.ReadSpec("tratta.yaml");
        Assert.Contains(find, spec);
        var original = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n");
        var driver = GeneratorHarness.Driver(original, trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec.Replace(find, replacement));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var units = result.TrackedSteps[TrackingNames.EmitUnits]
            .SelectMany(step => step.Outputs)
            .Where(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(output => (((string Path, EmitUnit Unit))output.Value).Unit)
            .ToList();
        var outputs = result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        return (units, outputs);
    }

    [Fact]
    public void Editing_one_spec_of_two_rebuilds_that_one_only()
    {
        var spec = GeneratorHarness.ReadSpec("tratta.yaml");
        var first = new InMemoryAdditionalText("/project/a/tratta.yaml", spec);
        var second = new InMemoryAdditionalText("/project/b/tratta.yaml", spec);
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n");
        var driver = GeneratorHarness.Driver([new SpecItem(first), new SpecItem(second)], trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(first.Path, spec.Replace("    DeleteResult:\n      type: object\n", "    DeleteResult:\n      type: object\n      x-tratta-name: DeletionResult\n"));
        var result = driver.ReplaceAdditionalText(first, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        AssertReasons(result.TrackedSteps[TrackingNames.Names], TrackingNames.Names, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        var models = result.TrackedSteps[TrackingNames.Model].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(2, models.Count);
        Assert.Single(models, reason => reason == IncrementalStepRunReason.Modified);
        Assert.Single(models, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    private static void AssertReasons(IEnumerable<IncrementalGeneratorRunStep> steps, string name, params IncrementalStepRunReason[] allowed)
    {
        var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(allowed.Contains(reason), $"{name}: {reason}, expected {string.Join(" or ", allowed)}"));
    }
}
