using System.Linq;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Model;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Every spec problem is a TRATTA diagnostic at the YAML file, line and column (1-based below, as <c>dotnet build</c>
/// prints them). In a strict spec (the cases below are) each is an error and no client code is generated; in any
/// other, only what makes a client impossible is an error, the rest warnings with a fallback.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Header = "openapi: 3.1.0\nx-tratta-strict: true\ninfo: { title: T, version: \"1\" }\n";

    public static TheoryData<string, string, int, int> Cases => new()
    {
        {
            "TRATTA001",
            Header + "paths:\n  /pets: { get: [unclosed }\n",
            5, 27
        },
        {
            "TRATTA002",
            Header + "paths: [one, two]\n",
            4, 8
        },
        {
            "TRATTA003",
            "swagger: \"2.0\"\ninfo: { title: T, version: \"1\" }\npaths: {}\n",
            1, 10
        },
        {
            "TRATTA004",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        owner: { $ref: '#/components/schemas/Owner' }\n",
            10, 24
        },
        {
            "TRATTA005",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: { type: strin }\n",
            10, 23
        },
        {
            "TRATTA006",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        born:\n          type: string\n          format: datee\n",
            12, 19
        },
        {
            "TRATTA007",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Card:\n      type: object\n      properties:\n        number:\n          type: string\n          x-tratta-sensitiv: true\n",
            12, 11
        },
        {
            "TRATTA008",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Card:\n      type: object\n      properties:\n        number:\n          type: string\n          x-tratta-rule: luhn\n",
            12, 26
        },
        {
            "TRATTA009",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Card:\n      type: object\n      properties:\n        month:\n          type: integer\n          maxLength: 2\n",
            12, 11
        },
        {
            "TRATTA010",
            Header + "paths:\n  /a:\n    get:\n      operationId: fetch\n      responses: { \"204\": { description: ok } }\n  /b:\n    get:\n      operationId: fetch\n      responses: { \"204\": { description: ok } }\n",
            11, 20
        },
        {
            "TRATTA011",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Card:\n      type: object\n      properties:\n        card_number: { type: string }\n        cardNumber: { type: string }\n",
            11, 9
        },
        {
            "TRATTA011",
            Header + "paths:\n  /things:\n    get:\n      operationId: listThings\n      responses: { \"204\": { description: ok } }\ncomponents:\n  schemas:\n    ThingsOperations:\n      type: object\n      properties:\n        a: { type: string }\n",
            11, 5
        },
        {
            "TRATTA011",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Serialization:\n      type: object\n      properties:\n        a: { type: string }\n",
            7, 5
        },
        {
            "TRATTA011",
            Header + "paths:\n  /a-b/c:\n    get:\n      operationId: one\n      responses: { \"204\": { description: ok } }\n  /a/b-c:\n    get:\n      operationId: two\n      responses: { \"204\": { description: ok } }\n",
            10, 5
        },
        {
            "TRATTA008",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Charge:\n      type: object\n      properties:\n        paid_on:\n          type: string\n          x-tratta-date-format: '%'\n",
            12, 33
        },
        {
            "TRATTA012",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Card:\n      type: object\n      properties:\n        kind:\n          type: string\n          x-tratta-name: class\n",
            10, 9
        },
        {
            "TRATTA013",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        tag:\n          type: [boolean, array]\n",
            11, 17
        },
        {
            "TRATTA014",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      required: [name, age]\n      properties:\n        name: { type: string }\n",
            9, 17
        },
        {
            "TRATTA015",
            Header + "paths:\n  /pets/{petId}:\n    get:\n      operationId: getPet\n      responses: { \"204\": { description: ok } }\n",
            6, 5
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_spec_problem_is_an_error_at_its_yaml_line_and_column(string id, string spec, int line, int column)
    {
        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.SpecPath, position.Path);
        Assert.Equal((line, column), (position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri));
    }

    [Theory]
    [InlineData("My-Api", "TestClient", "The spec's Namespace ('My-Api', from its item's Namespace or TrattaNamespace metadata")]
    [InlineData("Test.Api", "Test-Client", "The spec's ClientName ('Test-Client', from its item's ClientName or TrattaClientName metadata")]
    [InlineData("Test.Api", "class", "The spec's ClientName ('class'")]
    public void An_invalid_namespace_or_client_name_setting_is_TRATTA016_at_the_top_of_the_spec(string ns, string clientName, string named)
    {
        var run = GeneratorHarness.Run(Header + "paths: {}\n", ns, clientName);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA016", diagnostic.Id);
        Assert.Equal(GeneratorHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith(named, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Without_strict_mode_a_problem_is_a_warning_and_the_rest_of_the_client_is_generated()
    {
        var run = GeneratorHarness.Run(Header.Replace("x-tratta-strict: true\n", "") + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: { type: string }\n        owner: { $ref: '#/components/schemas/Owner' }\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("TRATTA004", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Empty(run.CompilationProblems());
        var owner = run.Output.GetTypeByMetadataName("Test.Api.Pet")!.GetMembers("Owner").OfType<IPropertySymbol>().Single();
        Assert.Equal("System.Text.Json.JsonElement?", owner.Type.ToDisplayString());
    }

    [Fact]
    public void A_spec_with_errors_generates_no_client_code()
    {
        var run = GeneratorHarness.Run(Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        owner: { $ref: '#/components/schemas/Owner' }\n");

        Assert.NotEmpty(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var run = GeneratorHarness.Run(Header + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        a: { type: strin }\n        b: { $ref: '#/components/schemas/Missing' }\n        c: { type: string, x-tratta-rule: luhn }\n");

        Assert.Equal(["TRATTA004", "TRATTA005", "TRATTA008"], run.GeneratorDiagnostics.Select(d => d.Id).Order());
    }

    [Fact]
    public void A_failure_inside_a_stage_is_TRATTA099_and_never_an_exception()
    {
        var input = new Tratta.Generator.Pipeline.SpecInput(GeneratorHarness.SpecPath, Header + "paths: {}\n", Settings: null!, ClashesWith: null);

        var result = Tratta.Generator.Pipeline.SpecPipeline.Run(input);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TRATTA099", diagnostic.Id);
        Assert.Null(result.Model);
        Assert.Contains("building the client model", diagnostic.MessageArgs[0]);
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_message_and_a_help_link_and_only_what_leaves_a_client_usable_is_a_warning()
    {
        foreach (var descriptor in Tratta.Generator.Diagnostics.TrattaDiagnostics.All)
        {
            Assert.Matches("^TRATTA0[0-9]{2}$", descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            // An error only for what makes a client impossible: an unreadable document, an unsupported version or root,
            // a project that cannot compile it, names that clash between specs, a generator bug.
            var isError = descriptor.Id is "TRATTA001" or "TRATTA003" or "TRATTA016" or "TRATTA018" or "TRATTA019" or "TRATTA020" or "TRATTA022" or "TRATTA099";
            Assert.Equal(isError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        }
    }
}
