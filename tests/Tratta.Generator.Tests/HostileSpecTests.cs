using System;
using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Valid specs that stress the generator's naming, escaping, collections and parameters: the client they produce
/// compiles without a warning, and the spec problems among them are diagnostics, never a crash.
/// </summary>
public sealed class HostileSpecTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: "Hostile \u2028 API"
          version: "1"
          description: "Line one\rline two\u2029line three"
        paths:
          /things/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getThing
              description: |
                Gets a thing.
                Over two lines, with <xml> & "quotes".
              parameters:
                - name: id
                  in: query
                  description: |
                    The same name as the path parameter,
                    and a description of two lines.
                  schema: { type: string }
                - name: tags
                  in: query
                  schema: { type: array, items: { type: string } }
                - name: since
                  in: query
                  schema: { type: string, format: date }
                - name: class
                  in: header
                  schema: { type: string }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Thing' }
          /things:
            get:
              operationId: listThings
              parameters:
                - { name: page, in: query, schema: { type: integer } }
                - { name: currentPage, in: query, schema: { type: integer } }
                - { name: request, in: query, schema: { type: string } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/ThingPage' }
            post:
              operationId: createThing
              requestBody:
                required: true
                description: |
                  A thing,
                  described on two lines.
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Thing' }
              responses:
                "204": { description: created }
        components:
          parameters:
            Id:
              name: id
              in: path
              required: true
              schema: { type: string }
          schemas:
            Page:
              type: object
              properties:
                number: { type: integer }
            ThingPage:
              type: object
              x-tratta-envelope: data
              x-tratta-paging: laravel
              properties:
                data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
            Status:
              type: string
              enum: [value, is_known, equals, to_string, status, active]
            Thing:
              type: object
              properties:
                code: { type: string, pattern: '^[A-Z]+$' }
                code_pattern: { type: string }
                status: { $ref: '#/components/schemas/Status' }
                urgent: { type: boolean }
                note:
                  type: string
                  x-tratta-required-if: { property: urgent, equals: "true" }
                reason:
                  type: string
                  x-tratta-required-if: { property: status, equals: active }
                grid:
                  type: array
                  items: { type: array, items: { type: string, maxLength: 2 } }
                nested:
                  type: array
                  items: { type: array, items: { $ref: '#/components/schemas/Page' } }
                buckets:
                  type: object
                  additionalProperties: { type: object, additionalProperties: { type: string, maxLength: 3 } }
                due:
                  type: string
                  x-tratta-date-format: dd/MM/yyyy
                page: { $ref: '#/components/schemas/Page' }
        """;

    [Fact]
    public void A_hostile_but_valid_spec_generates_a_client_that_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, s => s.HintName == "Test.Api.Page.g.cs");
        Assert.NotNull(run.Output.GetTypeByMetadataName("Test.Api.Page"));
    }

    [Fact]
    public void Rules_run_as_written_required_if_on_a_boolean_and_an_enum_and_nested_collections()
    {
        var assembly = GeneratorHarness.Run(Spec).Load();
        var thing = assembly.GetType("Test.Api.Thing", throwOnError: true)!;
        var status = assembly.GetType("Test.Api.Status", throwOnError: true)!;

        List<string> Errors(params (string Property, object? Value)[] values)
        {
            var instance = Activator.CreateInstance(thing)!;
            foreach (var (property, value) in values)
            {
                thing.GetProperty(property)!.SetValue(instance, value);
            }

            var errors = (IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>)thing.GetMethod("Validate")!.Invoke(instance, [null])!;
            return errors.Select(e => e.Key).ToList();
        }

        Assert.Equal(["note"], Errors(("Urgent", true)));
        Assert.Empty(Errors(("Urgent", false)));
        Assert.Equal(["reason"], Errors(("Status", Activator.CreateInstance(status, "active"))));
        Assert.Empty(Errors(("Status", Activator.CreateInstance(status, "value"))));
        Assert.Equal(["grid.1.0"], Errors(("Grid", new List<IReadOnlyList<string>> { new List<string> { "ok" }, new List<string> { "too long" } })));
        Assert.Equal(["buckets.a.b"], Errors(("Buckets", new Dictionary<string, IReadOnlyDictionary<string, string>> { ["a"] = new Dictionary<string, string> { ["b"] = "four" } })));
        Assert.Equal(["code"], Errors(("Code", "lower")));
    }

    [Fact]
    public void A_declared_date_layout_is_read_before_the_us_layout()
    {
        var assembly = GeneratorHarness.Run(Spec).Load();
        var converter = assembly.GetType("Test.Api.Serialization.ThingJsonConverter", throwOnError: true)!;
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add((System.Text.Json.Serialization.JsonConverter)Activator.CreateInstance(converter)!);

        var thing = System.Text.Json.JsonSerializer.Deserialize("""{"due": "03/04/2023"}""", assembly.GetType("Test.Api.Thing")!, options)!;

        Assert.Equal(new DateOnly(2023, 4, 3), thing.GetType().GetProperty("Due")!.GetValue(thing));
    }

    [Fact]
    public void A_schema_named_like_a_type_the_client_declares_is_a_name_collision()
    {
        var run = GeneratorHarness.Run("openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths: {}\ncomponents:\n  schemas:\n    TestClientOptions:\n      type: object\n      properties:\n        a: { type: string }\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA011", diagnostic.Id);
        Assert.Contains("a type the client itself declares", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("A: &a\n      type: object\n      properties:\n        self: *a\n", "TRATTA013")]
    [InlineData("A:\n      type: object\n      properties:\n        code: { type: string, pattern: '[unclosed' }\n", "TRATTA008")]
    public void A_spec_that_cannot_become_code_is_a_diagnostic_not_a_crash(string schemas, string id)
    {
        var run = GeneratorHarness.Run("openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths: {}\ncomponents:\n  schemas:\n    " + schemas);

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == id);
    }

    [Fact]
    public void An_operation_name_that_is_not_an_identifier_is_TRATTA012()
    {
        var run = GeneratorHarness.Run("openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\npaths:\n  /a:\n    get:\n      operationId: a\n      x-tratta-name: my-op\n      responses: { \"204\": { description: ok } }\n");

        Assert.Equal("TRATTA012", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    // Found by the spec fuzzing (SpecFuzzTests): each of these crashed the compiler, hung, or generated code that did not compile.
    private const string Top = "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\n";

    private const string ReturnsA = "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/A' }\n";

    [Fact]
    public void Yaml_nested_ten_thousand_levels_deep_is_TRATTA001_where_it_passes_the_limit_not_a_stack_overflow()
    {
        var run = GeneratorHarness.Run(Top + "paths: {}\nx-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA001", diagnostic.Id);
        Assert.Contains("more than 128 levels", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The top mapping is the first level: the 128th '[' is the 129th.
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(3, 8 + 127), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void An_alias_bomb_is_TRATTA001_not_a_hang()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(i => $"    L{i}: &l{i} {{ allOf: [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}] }}\n"));
        var run = GeneratorHarness.Run(Top + ReturnsA + "components:\n  schemas:\n    L0: &l0 { type: string }\n" + levels + "    A: *l9\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TRATTA001", diagnostic.Id);
        Assert.Contains("aliases of this node expand the spec", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Schemas_nested_deeper_through_aliases_than_text_can_are_read_to_64_levels_and_the_rest_is_json()
    {
        // 150 levels, each an alias inside the next: deeper than 64, and few enough not to be an alias bomb.
        var chain = string.Concat(Enumerable.Range(1, 150).Select(i => $"    C{i}: &c{i} {{ type: object, properties: {{ next: *c{i - 1} }} }}\n"));
        var run = GeneratorHarness.Run(Top + ReturnsA + "components:\n  schemas:\n    C0: &c0 { type: string }\n" + chain + "    A: *c150\n");

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TRATTA013" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("nested more than 64 schemas deep"));
        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Test.Api.A"));
    }

    [Fact]
    public void A_chain_of_thousands_of_references_is_followed_to_its_schema_and_a_loop_of_them_is_TRATTA013()
    {
        var chain = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"    R{i}: {{ $ref: '#/components/schemas/R{i + 1}' }}\n"));
        var loop = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"    L{i}: {{ $ref: '#/components/schemas/L{(i + 1) % 3_000}' }}\n"));
        var run = OnCompilerStack(() => GeneratorHarness.Run(Top + ReturnsA + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        r: { $ref: '#/components/schemas/R0' }\n        l: { $ref: '#/components/schemas/L0' }\n" + chain + "    R10000: { type: integer, minimum: 1 }\n" + loop));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "TRATTA013" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("loop of references"));
        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var a = run.Output.GetTypeByMetadataName("Test.Api.A")!;
        Assert.Equal("int", a.GetMembers("R").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type.WithNullableAnnotation(default).ToDisplayString().TrimEnd('?'));
        Assert.Equal("System.Text.Json.JsonElement", a.GetMembers("L").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single().Type.ToDisplayString().TrimEnd('?'));
    }

    [Theory]
    [InlineData("A:\n      oneOf:\n        - $ref: '#/components/schemas/A'\n        - { type: object, properties: { b: { type: string } } }\n", 16)]
    [InlineData("A:\n      anyOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/A' }]\n", 15)]
    public void A_union_that_lists_itself_as_a_case_is_TRATTA013_and_the_case_is_left_out(string schemas, int line)
    {
        var run = GeneratorHarness.Run(Top + ReturnsA + "components:\n  schemas:\n    " + schemas);

        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Id == "TRATTA013").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Contains("is the union itself", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(line, diagnostics[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Lists_of_lists_forty_deep_generate_code_the_compiler_binds_in_linear_time()
    {
        var nested = string.Concat(Enumerable.Repeat("{ type: array, items: ", 40)) + "{ type: string }" + new string('}', 40);
        var run = GeneratorHarness.Run(Top + ReturnsA.Replace("get:", "post:\n      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/A' } } } }") + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        d: " + nested + "\n");

        // A hang bound, not a performance assert: with each nested call's type inferred from its lambda, binding took
        // time exponential in the depth (16 levels: 15 s; 40: hours).
        var problems = await System.Threading.Tasks.Task.Run(() => run.CompilationProblems()).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(problems, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Line_breaks_in_an_enum_value_and_a_property_name_stay_inside_the_doc_comments()
    {
        var run = GeneratorHarness.Run(Top + ReturnsA + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        \"two\\nlines\\u2028*/ x\": { type: string, enum: [\"a\\r\\nb = 1;\", \"c\\u0085d\"] }\n");

        Assert.DoesNotContain(run.CompilationProblems(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("<c>a  b = 1;</c>", StringComparison.Ordinal));
    }

    // Runs on a 1 MB stack, the smallest a compiler thread gets (the test runner's threads have more): a recursion
    // per reference or level that overflows there crashes the build.
    private static T OnCompilerStack<T>(Func<T> action)
    {
        var result = default(T);
        var thread = new System.Threading.Thread(() => result = action(), 1024 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }
}
