using System;
using System.Linq;
using System.Threading;
using Tratta.Generator.Emit;
using Tratta.Generator.Model;
using Tratta.Generator.Pipeline;
using Tratta.Generator.Spec;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Every stage stops when the compiler cancels (an IDE does whenever the user types again): reading the YAML, building
/// the model, planning and writing the code. A stage that ignored the token would keep a core busy for a stale text.
/// </summary>
public sealed class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    private static readonly GeneratorSettings Settings = new("Test.Api", "TestClient", "");

    [Fact]
    public void Reading_the_spec_stops_when_cancelled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => SpecReader.Read(GeneratorHarness.ReadSpec("tratta.yaml"), Cancelled));
    }

    [Fact]
    public void Building_the_model_stops_when_cancelled()
    {
        var document = SpecReader.Read(GeneratorHarness.ReadSpec("tratta.yaml")).Document!;

        Assert.ThrowsAny<OperationCanceledException>(() => ModelBuilder.Build(document, Settings, Cancelled));
    }

    [Fact]
    public void The_pipeline_lets_cancellation_through_instead_of_reporting_it_as_an_internal_error()
    {
        var input = new SpecInput("/project/spec/test.yaml", GeneratorHarness.ReadSpec("tratta.yaml"), Settings, ClashesWith: null);

        Assert.ThrowsAny<OperationCanceledException>(() => SpecPipeline.Run(input, Cancelled));
    }

    [Fact]
    public void Planning_the_code_stops_when_cancelled()
    {
        var document = SpecReader.Read(GeneratorHarness.ReadSpec("tratta.yaml")).Document!;
        var model = ModelBuilder.Build(document, Settings).Model!;

        Assert.NotEmpty(EmitPlan.Units(model));
        Assert.ThrowsAny<OperationCanceledException>(() => EmitPlan.Units(model, Cancelled));
    }

    [Fact]
    public void A_cancelled_generator_run_ends_in_cancellation_not_in_a_diagnostic()
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.ReadSpec("tratta.yaml"));
        var compilation = GeneratorHarness.Compilation("namespace Consumer;\n");

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, Cancelled));

        // The same driver, not cancelled, still produces the client: nothing half-done was cached.
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Contains(result.GeneratedSources, source => source.HintName.EndsWith("TestClient.g.cs", StringComparison.Ordinal));
    }
}
