using System.Linq;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>What a schema becomes in C#: a type of its own, or a use of another (a primitive, a list, a map, JSON).</summary>
internal enum TypePlan
{
    /// <summary>Not a type of its own: a primitive, list, map or free-form JSON, or a reference to a type.</summary>
    Use,

    Record,

    Enum,

    Union,
}

/// <summary>Decides the <see cref="TypePlan"/> of a schema from its keywords alone (no references followed).</summary>
internal static class TypePlanner
{
    public static TypePlan Plan(SpecSchema schema)
    {
        if (schema.Ref is not null || schema.DynamicRef is not null || schema.Extensions.Envelope is not null)
        {
            return TypePlan.Use;
        }

        var cases = SchemaFacts.UnionCases(schema);
        if (cases.Count > 0)
        {
            // A oneOf that only checks which properties go together ({required: [a]} | {required: [b]}) is a record's rule.
            if (!schema.Properties.IsEmpty && cases.All(c => c.Properties.IsEmpty && c.Ref is null && SchemaFacts.UnionCases(c).Count == 0))
            {
                return TypePlan.Record;
            }

            if (cases.Count == 1)
            {
                return TypePlan.Use;
            }

            if (cases.All(c => c.Ref is null && SchemaFacts.SingleValue(c) is not null && c.Properties.IsEmpty && c.Items is null))
            {
                return TypePlan.Enum;
            }

            if (CollapsesToOnePrimitive(cases, out var hasValues))
            {
                return hasValues ? TypePlan.Enum : TypePlan.Use;
            }

            return TypePlan.Union;
        }

        // An allOf of annotations only ({}, {example}, {description}) adds nothing to what the schema itself says.
        if (!schema.AllOf.IsEmpty && !(schema.AllOf.All(SchemaFacts.IsAnnotationOnly) && schema.Properties.IsEmpty && schema.AdditionalProperties is null))
        {
            return AllOfMerger.SinglePart(schema) is not null ? TypePlan.Use : TypePlan.Record;
        }

        // One allowed value (a const, or an enum of one) is no choice: the primitive, with that value as its default.
        var type = SchemaFacts.SingleType(schema);
        if (type is "string" or "integer" or "number" && SchemaFacts.ListedValues(schema).Count > 1 && schema.Const is null)
        {
            return TypePlan.Enum;
        }

        return type == "object" && (!schema.Properties.IsEmpty || schema.Discriminator is not null) ? TypePlan.Record : TypePlan.Use;
    }

    /// <summary>
    /// Cases that are all strings (some listing values: OpenAI's open enums, <c>anyOf: [string, {enum: […]}]</c>), or all
    /// numbers: one primitive, an enum when any case lists values (the generated enum keeps values it does not list).
    /// </summary>
    public static bool CollapsesToOnePrimitive(System.Collections.Generic.List<SpecSchema> cases, out bool hasValues)
    {
        hasValues = false;
        if (cases.Any(c => c.Ref is not null || !c.Properties.IsEmpty || c.Items is not null || SchemaFacts.UnionCases(c).Count > 0 || !c.AllOf.IsEmpty))
        {
            return false;
        }

        var types = cases.Select(SchemaFacts.SingleType).ToList();
        var allStrings = types.All(t => t == "string") && cases.All(c => c.Format is null or "email" or "uri" or "uuid" && c.Extensions.DateFormat is null);
        var allNumbers = types.All(t => t is "integer" or "number");
        hasValues = cases.Any(c => SchemaFacts.ListedValues(c).Count > 0);
        return allStrings || (allNumbers && !hasValues);
    }
}
