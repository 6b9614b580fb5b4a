using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// The validation rules a schema states for the value it describes, following reference chains to the schema that
/// states them. A rule that JSON Schema does not apply to the schema's declared type (<c>maxLength</c> on an integer)
/// is a warning (TRATTA009); one that fits the declared type but not the C# type it became (<c>maxLength</c> on a
/// date-time string) is left to the server, silently.
/// </summary>
internal sealed class RuleBuilder
{
    private readonly SchemaResolver _resolver;
    private readonly ModelDiagnostics _diagnostics;

    public RuleBuilder(SchemaResolver resolver, ModelDiagnostics diagnostics)
    {
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    public RuleSet Rules(SpecSchema schema, TypeRef type) => Rules(schema, type, new HashSet<SpecSchema>(Common.ReferenceEqualityComparer.Instance));

    private RuleSet Rules(SpecSchema schema, TypeRef type, HashSet<SpecSchema> visited)
    {
        // The schemas whose rules add up, outermost first: a reference, a single union case or a single allOf part
        // leads to the next, whose rules the outer one's override. Followed in a loop: by recursion a chain of
        // thousands of references overflowed the compiler's stack.
        var chain = new List<SpecSchema>();
        for (var current = schema; current is not null && visited.Add(current); current = Next(current))
        {
            chain.Add(current);
        }

        var rules = RuleSet.None;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            rules = WithOwnRules(chain[i], type, rules, visited);
        }

        return rules;
    }

    private SpecSchema? Next(SpecSchema schema) =>
        _resolver.Component(schema.Ref) is { } target ? target.Value
        : SchemaFacts.UnionCases(schema) is { Count: 1 } cases ? cases[0]
        : schema.AllOf.Count(part => !SchemaFacts.IsAnnotationOnly(part)) == 1 && schema.Properties.IsEmpty ? schema.AllOf.First(part => !SchemaFacts.IsAnnotationOnly(part))
        : null;

    /// <summary>The rules a schema states itself, over those of the schema it leads to (<paramref name="rules"/>).</summary>
    private RuleSet WithOwnRules(SpecSchema schema, TypeRef type, RuleSet rules, HashSet<SpecSchema> visited)
    {
        var declared = SchemaFacts.SingleType(schema);
        var isString = type.Kind == TypeKind.String;
        var isNumber = type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Decimal or TypeKind.Double or TypeKind.DecimalString;
        var isDate = type.Kind is TypeKind.Date or TypeKind.DateTimeOffset or TypeKind.LocalDateTime;

        if (Applies(schema, "minLength", declared, "string", isString) && schema.MinLength is { } minLength)
        {
            rules = rules with { MinLength = minLength };
        }

        if (Applies(schema, "maxLength", declared, "string", isString) && schema.MaxLength is { } maxLength)
        {
            rules = rules with { MaxLength = maxLength };
        }

        if (Applies(schema, "pattern", declared, "string", isString) && schema.Pattern is { } pattern)
        {
            var dotNetPattern = EcmaPattern.ToDotNet(pattern);
            if (IsValidPattern(dotNetPattern, out var problem))
            {
                rules = rules with { Pattern = dotNetPattern };
            }
            else
            {
                _diagnostics.Report(TrattaDiagnostics.InvalidExtensionValue, ModelDiagnostics.ValueSpan(schema, "pattern"), "pattern", $"the regular expression cannot be compiled ({problem}); the rule is left to the server.");
            }
        }

        if (Applies(schema, "minimum", declared, "number", isNumber) && schema.Minimum is { } minimum && schema.ExclusiveMinimum != minimum)
        {
            rules = rules with { Minimum = minimum };
        }

        if (Applies(schema, "maximum", declared, "number", isNumber) && schema.Maximum is { } maximum && schema.ExclusiveMaximum != maximum)
        {
            rules = rules with { Maximum = maximum };
        }

        if (Applies(schema, "exclusiveMinimum", declared, "number", isNumber) && schema.ExclusiveMinimum is { } exclusiveMinimum)
        {
            rules = rules with { ExclusiveMinimum = exclusiveMinimum };
        }

        if (Applies(schema, "exclusiveMaximum", declared, "number", isNumber) && schema.ExclusiveMaximum is { } exclusiveMaximum)
        {
            rules = rules with { ExclusiveMaximum = exclusiveMaximum };
        }

        if (Applies(schema, "minItems", declared, "array", type.Kind == TypeKind.List) && schema.MinItems is { } minItems)
        {
            rules = rules with { MinItems = minItems };
        }

        if (Applies(schema, "maxItems", declared, "array", type.Kind == TypeKind.List) && schema.MaxItems is { } maxItems)
        {
            rules = rules with { MaxItems = maxItems };
        }

        if (schema.Format is "email" or "idn-email" && isString)
        {
            rules = rules with { Format = "email" };
        }

        if (Applies(schema, "x-tratta-rule", declared, "string", isString) && schema.Extensions.Rule is { } rule)
        {
            rules = rules with { Format = rule };
        }

        if (Applies(schema, "x-tratta-after-or-equal", declared is "string" ? "date" : declared, "date", isDate) && schema.Extensions.AfterOrEqual is { } afterOrEqual)
        {
            rules = rules with { AfterOrEqual = afterOrEqual };
        }

        var own = _resolver.Follow(schema)?.Schema ?? schema;
        if (type.Kind == TypeKind.Map)
        {
            if (own.PropertyNames?.MaxLength is { } keyMaxLength)
            {
                rules = rules with { KeyMaxLength = keyMaxLength };
            }

            if (own.AdditionalProperties is { } values && type.Element is { } valueType && Rules(values, valueType, visited) is { IsEmpty: false } valueRules)
            {
                rules = rules with { Element = valueRules };
            }
        }

        if (type.Kind == TypeKind.List && own.Items is { } items && type.Element is { } itemType && Rules(items, itemType, visited) is { IsEmpty: false } itemRules)
        {
            rules = rules with { Element = itemRules };
        }

        return rules;
    }

    // Whether a rule is present and applies. "date" stands for a string the generator reads as a date.
    private bool Applies(SpecSchema schema, string keyword, string? declared, string expected, bool fitsCSharpType)
    {
        var present = schema.Keyword(keyword);
        if (present is null)
        {
            return false;
        }

        // A decimal written as a string ("19.99", format: decimal) is a number to its bounds.
        var declaredFits = declared is null || declared == expected || (expected == "number" && declared == "integer") || (expected == "date" && declared == "string")
            || (expected == "number" && declared == "string" && schema.Format == "decimal");
        if (!declaredFits)
        {
            _diagnostics.Report(TrattaDiagnostics.RuleDoesNotFitType, present.KeySpan, keyword, expected, declared!);
            return false;
        }

        return fitsCSharpType;
    }

    private static bool IsValidPattern(string pattern, out string problem)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            problem = "";
            return true;
        }
        catch (System.ArgumentException exception)
        {
            problem = exception.Message;
            return false;
        }
    }
}
