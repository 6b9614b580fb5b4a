using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Reads an <c>allOf</c> as one object schema: the properties of every part (a later part's declaration of a property
/// wins, as it is usually the narrower one), the union of their <c>required</c>, the first description. A part that
/// references a schema with a <c>discriminator</c> is the base the record derives from.
/// </summary>
internal sealed class AllOfMerger
{
    private readonly SchemaResolver _resolver;
    private readonly ModelDiagnostics _diagnostics;

    public AllOfMerger(SchemaResolver resolver, ModelDiagnostics diagnostics)
    {
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    /// <summary>The one part of an <c>allOf</c> that says something about the value, when the schema adds nothing of its own.</summary>
    public static SpecSchema? SinglePart(SpecSchema schema)
    {
        var parts = schema.AllOf.Where(part => !SchemaFacts.IsAnnotationOnly(part)).ToList();
        return parts.Count == 1 && schema.Properties.IsEmpty && schema.AdditionalProperties is null && SchemaFacts.UnionCases(schema).Count == 0
            ? parts[0]
            : null;
    }

    /// <summary>The schema with its <c>allOf</c> merged in; <paramref name="baseComponent"/> is the discriminator base it extends, if any.</summary>
    public SpecSchema Merge(SpecSchema schema, string? ownComponent, out string? baseComponent)
    {
        baseComponent = null;
        var properties = new List<SpecProperty>();
        var required = new List<string>();
        SpecSchema? additional = null;
        var description = schema.Description;
        var seen = new HashSet<SpecSchema>(ReferenceEqualityComparer.Instance);
        foreach (var part in schema.AllOf)
        {
            if (_resolver.Component(part.Ref) is { } component && component.Name != ownComponent
                && component.Value.Discriminator is not null && !component.Value.Properties.IsEmpty && baseComponent is null)
            {
                baseComponent = component.Name;
            }

            Collect(part, properties, required, ref additional, ref description, seen);
        }

        Add(properties, required, schema.Properties, schema.Required);
        return schema with
        {
            AllOf = EquatableArray<SpecSchema>.Empty,
            Types = new EquatableArray<string>(new[] { "object" }.Concat(schema.Types.Where(t => t == "null"))),
            Properties = properties.ToEquatableArray(),
            Required = required.ToEquatableArray(),
            AdditionalProperties = schema.AdditionalProperties ?? additional,
            Description = description,
        };
    }

    private void Collect(SpecSchema part, List<SpecProperty> properties, List<string> required, ref SpecSchema? additional, ref string? description, HashSet<SpecSchema> seen)
    {
        if (!seen.Add(part))
        {
            return;
        }

        var target = part;
        if (part.Ref is not null)
        {
            if (_resolver.Follow(part) is not { } followed)
            {
                _diagnostics.Report(TrattaDiagnostics.UnresolvedReference, ModelDiagnostics.ValueSpan(part, "$ref"), part.Ref, "schemas");
                return;
            }

            target = followed.Schema;
        }

        foreach (var inner in target.AllOf)
        {
            Collect(inner, properties, required, ref additional, ref description, seen);
        }

        if (SchemaFacts.UnionCases(target).Count > 1 && target.Properties.IsEmpty)
        {
            // A part that is itself a choice (allOf: [Base, {oneOf: …}]) adds no properties every value has.
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, ModelDiagnostics.KeySpan(target, SchemaFacts.UnionKeyword(target)), $"An '{SchemaFacts.UnionKeyword(target)}' inside 'allOf'", "Its cases' properties are not merged into the type; they are kept with the rest of the JSON only where the type has additionalProperties.");
        }

        Add(properties, required, target.Properties, target.Required);
        additional ??= target.AdditionalProperties;
        description ??= target.Description;
    }

    private static void Add(List<SpecProperty> properties, List<string> required, EquatableArray<SpecProperty> more, EquatableArray<string> moreRequired)
    {
        foreach (var property in more)
        {
            var index = properties.FindIndex(p => p.Name == property.Name);
            if (index >= 0)
            {
                properties[index] = property;
            }
            else
            {
                properties.Add(property);
            }
        }

        foreach (var name in moreRequired.Where(name => !required.Contains(name)))
        {
            required.Add(name);
        }
    }
}
