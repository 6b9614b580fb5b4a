using System.Collections.Generic;
using Tratta.Generator.Common;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// How many unions of the document name each component as a case: a component that is a case of one union only can
/// derive from that union's base record (<c>charge is ScheduledCharge</c>); one that is a case of several cannot.
/// </summary>
internal static class UnionMembership
{
    public static Dictionary<string, int> Count(SpecDocument document, SchemaResolver resolver)
    {
        var counts = new Dictionary<string, int>();
        var visited = new HashSet<SpecSchema>(ReferenceEqualityComparer.Instance);
        foreach (var component in document.Schemas)
        {
            Walk(component.Value, counts, visited, resolver);
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Walk(parameter.Schema, counts, visited, resolver);
            }

            foreach (var media in operation.RequestBody?.Content ?? EquatableArray<SpecMediaType>.Empty)
            {
                Walk(media.Schema, counts, visited, resolver);
            }

            foreach (var response in operation.Responses)
            {
                foreach (var media in response.Content)
                {
                    Walk(media.Schema, counts, visited, resolver);
                }
            }
        }

        foreach (var component in document.RequestBodies)
        {
            foreach (var media in component.Value.Content)
            {
                Walk(media.Schema, counts, visited, resolver);
            }
        }

        foreach (var component in document.Responses)
        {
            foreach (var media in component.Value.Content)
            {
                Walk(media.Schema, counts, visited, resolver);
            }
        }

        return counts;
    }

    private static void Walk(SpecSchema? schema, Dictionary<string, int> counts, HashSet<SpecSchema> visited, SchemaResolver resolver)
    {
        if (schema is null || !visited.Add(schema))
        {
            return;
        }

        var cases = SchemaFacts.UnionCases(schema);
        if (cases.Count > 1)
        {
            foreach (var unionCase in cases)
            {
                if (resolver.Component(unionCase.Ref) is { } component)
                {
                    counts[component.Name] = counts.TryGetValue(component.Name, out var count) ? count + 1 : 1;
                }
            }
        }

        foreach (var property in schema.Properties)
        {
            Walk(property.Schema, counts, visited, resolver);
        }

        Walk(schema.Items, counts, visited, resolver);
        Walk(schema.AdditionalProperties, counts, visited, resolver);
        foreach (var part in schema.OneOf)
        {
            Walk(part, counts, visited, resolver);
        }

        foreach (var part in schema.AnyOf)
        {
            Walk(part, counts, visited, resolver);
        }

        foreach (var part in schema.AllOf)
        {
            Walk(part, counts, visited, resolver);
        }
    }
}
