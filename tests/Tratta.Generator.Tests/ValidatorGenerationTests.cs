using System;
using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Rules written in a spec become validators that run: edit the spec, rebuild, and the client checks the new rule.
/// This spec chooses the Laravel dialect (trimmed text, blank is missing, Laravel's messages), as Tratta's does.
/// </summary>
public sealed class ValidatorGenerationTests
{
    private const string Spec = """
        openapi: 3.1.0
        x-tratta-dialect: laravel
        info: { title: Widgets, version: "1" }
        paths:
          /widgets:
            post:
              operationId: createWidget
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Widget' }
              responses:
                "204": { description: created }
        components:
          schemas:
            Widget:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                  description: The widget's name.
                parts:
                  type: array
                  items: { $ref: '#/components/schemas/Part' }
            Part:
              type: object
              properties:
                code: { type: string }
                weight: { type: number }
        """;

    [Fact]
    public void A_rule_added_to_the_spec_is_enforced_after_the_rebuild()
    {
        var before = Validate(Spec, ("name", "widget"));
        var after = Validate(Spec.Replace("description: The widget's name.", "description: The widget's name.\n          maxLength: 3"), ("name", "widget"));

        Assert.Empty(before);
        Assert.Equal(["name: The name field must not be greater than 3 characters."], after);
    }

    [Fact]
    public void Rules_of_list_items_are_reported_under_the_item_index()
    {
        var spec = Spec.Replace("code: { type: string }", "code: { type: string, pattern: '^[A-Z]+$' }").Replace("weight: { type: number }", "weight: { type: number, exclusiveMinimum: 0 }");

        var errors = Validate(spec, ("name", "w"), ("parts", new (string, object)[] { ("code", "AB"), ("code", "ab") }));

        Assert.Equal(["parts.1.code: The parts.1.code field format is invalid."], errors);
    }

    [Theory]
    [InlineData("x-tratta-rule: us-phone", "555-0100", "name: The name field must be a valid US phone number.")]
    [InlineData("x-tratta-rule: card-number", "4242424242424241", "name: The name field must be a valid card number.")]
    [InlineData("format: email", "widget", "name: The name field must be a valid email address.")]
    [InlineData("minLength: 10", "widget", "name: The name field must be at least 10 characters.")]
    public void A_named_rule_added_to_the_spec_is_enforced_after_the_rebuild(string rule, string value, string expected)
    {
        var before = Validate(Spec, ("name", value));
        var after = Validate(Spec.Replace("description: The widget's name.", "description: The widget's name.\n          " + rule), ("name", value));

        Assert.Empty(before);
        Assert.Equal([expected], after);
    }

    [Fact]
    public void A_required_without_rule_added_to_the_spec_is_enforced_after_the_rebuild()
    {
        var spec = Spec.Replace("description: The widget's name.", "description: The widget's name.\n        code: { type: string }\n        label:\n          type: string\n          x-tratta-required-without: [code]");

        Assert.Equal(["label: The label field is required when code is not present."], Validate(spec, ("name", "w")));
        Assert.Empty(Validate(spec, ("name", "w"), ("code", "c1")));
        Assert.Empty(Validate(spec, ("name", "w"), ("label", "l1")));
    }

    [Theory]
    [InlineData("'^[A-Z]{2}$'", "NY", true)]
    [InlineData("'^[A-Z]{2}$'", " NY\n", true)]
    [InlineData("'^\\d+$'", "123", true)]
    [InlineData("'^\\d+$'", "١٢٣", false)]
    [InlineData("'^\\w+$'", "abc_1", true)]
    [InlineData("'^\\w+$'", "abç", false)]
    [InlineData("'^[\\d-]+$'", "12-3", true)]
    [InlineData("'^[$]+$'", "$$", true)]
    public void A_pattern_means_what_it_means_in_json_schema_not_in_dotnet(string pattern, string value, bool valid)
    {
        // (White space around a value is trimmed first, as the server's TrimStrings middleware does: " NY\n" is "NY".)
        var errors = Validate(Spec.Replace("description: The widget's name.", "pattern: " + pattern), ("name", value));

        Assert.Equal(valid ? [] : ["name: The name field format is invalid."], errors);
    }

    [Theory]
    [InlineData("^[A-Z]{2}$", "NY\n", false)]
    [InlineData("^[A-Z]{2}$", "NY", true)]
    [InlineData("^a$|^b$", "b\n", false)]
    [InlineData("^[$a]+$", "$a$", true)]
    [InlineData("^\\$\\d$", "$1", true)]
    [InlineData("^[^\\d]+$", "x١", true)]
    [InlineData("^\\D+$", "١", true)]
    [InlineData("^\\D+$", "1", false)]
    [InlineData("^[\\w-~]+$", "a-~", true)]
    [InlineData("^[\\w-~]+$", "`", false)]
    [InlineData("^[\\w-.]+$", "a-b.c", true)]
    [InlineData("^[~-\\d]+$", "~-1", true)]
    [InlineData("^[~-\\d]+$", "}", false)]
    [InlineData("^[a-z\\d]+$", "a1", true)]
    public void Ecma_patterns_are_rewritten_so_that_dotnet_matches_the_same_texts(string pattern, string text, bool matches) =>
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(text, Tratta.Generator.Model.EcmaPattern.ToDotNet(pattern)));

    [Fact]
    public void Number_bounds_of_list_items_are_reported_under_the_item_index()
    {
        var spec = Spec.Replace("weight: { type: number }", "weight: { type: number, exclusiveMinimum: 0 }");

        var errors = Validate(spec, ("name", "w"), ("parts", new (string, object)[] { ("weight", 2.5m), ("weight", 0m) }));

        Assert.Equal(["parts.1.weight: The parts.1.weight field must be greater than 0."], errors);
    }

    [Fact]
    public void A_generated_validator_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(Spec.Replace("description: The widget's name.", "minLength: 1\n          maxLength: 3\n          pattern: '^[a-z]+$'"));

        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, source => source.HintName == "Test.Api.Widget.Validation.g.cs");
        Assert.Contains(run.Sources, source => source.HintName == "Test.Api.Part.Validation.g.cs");
    }

    /// <summary>Builds the spec, creates a Widget with the given members and returns its errors as "field: message".</summary>
    private static List<string> Validate(string spec, params (string Member, object Value)[] members)
    {
        var run = GeneratorHarness.Run(spec);
        Assert.Empty(run.GeneratorDiagnostics);
        var assembly = run.Load();
        var widget = Create(assembly, "Test.Api.Widget", members);
        var errors = (IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>)widget.GetType().GetMethod("Validate")!.Invoke(widget, [null])!;
        return errors.SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}")).ToList();
    }

    private static object Create(System.Reflection.Assembly assembly, string typeName, (string Member, object Value)[] members)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (member, value) in members)
        {
            var property = type.GetProperties().Single(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase));
            object converted = value is (string, object)[] items
                ? ToList(assembly, property.PropertyType.GetGenericArguments()[0], items)
                : value;
            property.SetValue(instance, converted);
        }

        return instance;
    }

    private static object ToList(System.Reflection.Assembly assembly, Type itemType, (string Member, object Value)[] items)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            list.Add(Create(assembly, itemType.FullName!, [item]));
        }

        return list;
    }
}
