using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>YAML that standard parsers accept loads; YAML that is broken keeps its located TRATTA001.</summary>
public sealed class YamlReadingTests
{
    [Fact]
    public void A_keep_block_scalar_whose_first_line_is_only_spaces_loads_and_later_positions_stay_true()
    {
        // OpenAI's spec has this: `example: |+` followed by a line of spaces deeper than the block's content, which
        // YamlDotNet alone rejects ("found extra spaces in first line") and PyYAML, libyaml and js-yaml accept.
        var spec = "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths: {}\ncomponents:\n  schemas:\n    Stop:\n      type: object\n      properties:\n        text:\n          type: string\n          example: |+\n            \n          nullable: true\n        bad: { type: strin }\n";

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA005", diagnostic.Id);
        var line = spec.Split('\n').ToList().FindIndex(l => l.Contains("bad: { type: strin }", System.StringComparison.Ordinal));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(spec.IndexOf("strin }", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void Broken_yaml_is_still_TRATTA001_at_its_position()
    {
        var run = GeneratorHarness.Run("openapi: 3.1.0\ninfo: { title: T, version: \"1\"\npaths: {}\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA001", diagnostic.Id);
        Assert.Equal((1, 6), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }
}
