using System;
using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>Rules written in a spec become validators that run: edit the spec, rebuild, and the client checks the new rule.</summary>
public sealed class ValidatorGenerationTests
{
    private const string Spec = """
        openapi: 3.1.0
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

    [Fact]
    public void A_generated_validator_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(Spec.Replace("description: The widget's name.", "minLength: 1\n          maxLength: 3\n          pattern: '^[a-z]+$'"));

        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, source => source.HintName == "TestClient.Widget.Validation.g.cs");
        Assert.Contains(run.Sources, source => source.HintName == "TestClient.Part.Validation.g.cs");
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
