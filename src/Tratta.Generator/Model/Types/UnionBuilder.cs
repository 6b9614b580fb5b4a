using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Builds a <c>oneOf</c>/<c>anyOf</c> union: its cases, how each is recognized, and whether the cases can be subclasses
/// of the union (each an object schema no other union or base claims) or the union holds one property per case.
/// </summary>
internal sealed class UnionBuilder
{
    // Members of a wrapper union, and the names every type has.
    private static readonly string[] ReservedMembers = { "Unknown", "Value", "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Deconstruct", "Finalize", "Validate", "ValidateInto" };

    private readonly TypeModelBuilder _owner;
    private readonly Dictionary<string, int> _membership;
    private readonly ModelDiagnostics _diagnostics;

    public UnionBuilder(TypeModelBuilder owner, Dictionary<string, int> membership, ModelDiagnostics diagnostics)
    {
        _owner = owner;
        _membership = membership;
        _diagnostics = diagnostics;
    }

    public UnionModel Build(string name, SpecSchema schema, string? component)
    {
        var cases = SchemaFacts.UnionCases(schema);
        var targets = cases.Select(c => _owner.Resolver.Follow(c)).ToList();
        var tagProperty = schema.Discriminator?.PropertyName ?? ImplicitTag(targets);
        var names = new NameRegistry(ReservedMembers.Append(name));
        var models = new List<UnionCaseModel>();
        var hierarchy = true;
        for (var i = 0; i < cases.Count; i++)
        {
            var target = targets[i]?.Schema;
            var isPrimitive = target is not null && SchemaFacts.SingleType(target) is "string" or "integer" or "number" or "boolean";
            var tags = tagProperty is null || isPrimitive ? new List<string>() : TagValues(schema, cases[i], target, tagProperty);
            var context = NameRegistry.Bounded(name + (tags.Count > 0 && Naming.Pascal(tags[0]) is { Length: > 0 } tagName ? tagName : "Case" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var type = _owner.Resolve(cases[i], context, out _);
            if (type.Kind == TypeKind.Named && type.Name == name)
            {
                // A union is not one of its own cases: the case adds no value, and C# forbids the conversion from itself.
                _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, cases[i].Ref is null ? cases[i].Span : ModelDiagnostics.ValueSpan(cases[i], "$ref"), $"A case of '{SchemaFacts.UnionKeyword(schema)}' that is the union itself", "The case is left out.");
                continue;
            }

            if (type.Kind == TypeKind.Named && targets[i]?.Component is { } caseComponent)
            {
                _owner.EnsureBuilt(caseComponent);
            }

            var view = target is null ? null : target.AllOf.IsEmpty ? target : _owner.Merger.Merge(target, targets[i]?.Component, out _);
            var isObject = type.Kind == TypeKind.Named && _owner.Built(type.Name!) is RecordModel;
            var required = isObject && view is not null ? view.Required.Where(r => view.Properties.Any(p => p.Name == r) && !IsReadOnly(view, r)).ToList() : new List<string>();
            models.Add(new UnionCaseModel(
                type,
                names.Reserve(CaseName(type)),
                tags.ToEquatableArray(),
                Kinds(type),
                required.ToEquatableArray(),
                isObject && view is not null ? view.Properties.Select(p => p.Name).ToEquatableArray() : EquatableArray<string>.Empty)
            {
                FixedValues = view is null ? EquatableArray<PropertyValueModel>.Empty : required
                    .Select(r => (Name: r, Value: SchemaFacts.SingleValue(_owner.Target(view.Properties.First(p => p.Name == r).Schema))))
                    .Where(pair => pair.Value is not null)
                    .Select(pair => new PropertyValueModel(pair.Name, pair.Value!))
                    .ToEquatableArray(),
            });
            hierarchy &= isObject && IsExclusive(cases[i], targets[i]?.Component, view);
        }

        hierarchy &= models.Select(m => m.Type.Name).Distinct().Count() == models.Count;
        WarnIfTagShared(schema, models, tagProperty);
        if (tagProperty is null && !hierarchy)
        {
            WarnIfIndistinct(schema, models);
        }

        return new UnionModel(name, schema.Description, models.ToEquatableArray(), hierarchy, tagProperty) { IsDeprecated = schema.Deprecated };
    }

    /// <summary>A discriminator value two cases claim selects the first of them.</summary>
    private void WarnIfTagShared(SpecSchema schema, List<UnionCaseModel> models, string? tagProperty)
    {
        for (var j = 1; j < models.Count; j++)
        {
            if (models.Take(j).FirstOrDefault(earlier => earlier.TagValues.Any(models[j].TagValues.Contains)) is { } first)
            {
                var value = first.TagValues.First(models[j].TagValues.Contains);
                _diagnostics.Report(TrattaDiagnostics.IndistinctUnionCases, ModelDiagnostics.KeySpan(schema, SchemaFacts.UnionKeyword(schema)), first.Name, models[j].Name, $"share the value '{value}' of '{tagProperty}'", "Give each case values of its own in the discriminator's mapping.");
                return;
            }
        }
    }

    /// <summary>The JSON kinds a type's values have.</summary>
    public int Kinds(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => _owner.Built(type.Name!) switch
        {
            UnionModel union => union.Cases.Aggregate(0, (kinds, c) => kinds | c.Kinds),
            RecordModel => JsonKinds.Object,
            _ => AllKinds,
        },
        TypeKind.Enum => _owner.Built(type.Name!) is EnumModel { IsNumeric: true } ? JsonKinds.Integer : JsonKinds.String,
        TypeKind.String or TypeKind.Date or TypeKind.DateTimeOffset or TypeKind.LocalDateTime or TypeKind.Guid or TypeKind.Bytes or TypeKind.File => JsonKinds.String,
        TypeKind.DecimalString => JsonKinds.String | JsonKinds.Number | JsonKinds.Integer,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 => JsonKinds.Integer,
        TypeKind.Decimal or TypeKind.Double => JsonKinds.Number | JsonKinds.Integer,
        TypeKind.Boolean => JsonKinds.Boolean,
        TypeKind.List => JsonKinds.Array,
        TypeKind.Map => JsonKinds.Object,
        _ => AllKinds,
    };

    private const int AllKinds = JsonKinds.Object | JsonKinds.Array | JsonKinds.String | JsonKinds.Integer | JsonKinds.Number | JsonKinds.Boolean;

    private static bool IsReadOnly(SpecSchema view, string property) => view.Properties.First(p => p.Name == property).Schema.ReadOnly;

    /// <summary>
    /// A property every object case requires, with values of its own per case (a const, or an enum no other case
    /// shares): the discriminator the spec does not declare. OpenAI's and Discord's unions are mostly of this kind.
    /// </summary>
    private static string? ImplicitTag(List<(SpecSchema Schema, string? Component)?> targets)
    {
        // The object cases decide: a primitive case beside them (Stripe's "an id, or the expanded object") is told
        // apart by its JSON kind before any tag is read.
        var objects = targets.Where(t => t is not null && SchemaFacts.SingleType(t.Value.Schema) == "object").ToList();
        var primitives = targets.Where(t => t is not null && SchemaFacts.SingleType(t.Value.Schema) is "string" or "integer" or "number" or "boolean").ToList();
        if (objects.Count < 2 || objects.Count + primitives.Count != targets.Count || objects.Any(t => !t!.Value.Schema.AllOf.IsEmpty))
        {
            return null;
        }

        var schemas = objects.Select(t => t!.Value.Schema).ToList();
        foreach (var candidate in schemas[0].Required)
        {
            var valueSets = schemas.Select(s => s.Properties.FirstOrDefault(p => p.Name == candidate) is { } p && s.Required.Contains(candidate) ? SchemaFacts.ListedValues(p.Schema) : null).ToList();
            if (valueSets.All(v => v is { Count: > 0 }) && valueSets.SelectMany(v => v!).Distinct().Count() == valueSets.Sum(v => v!.Count))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The values of the tag that select a case: the mapping's, else the case's own listed values, else its component name.</summary>
    private List<string> TagValues(SpecSchema union, SpecSchema unionCase, SpecSchema? target, string tagProperty)
    {
        var component = _owner.Resolver.Component(unionCase.Ref)?.Name;
        var mapped = union.Discriminator?.Mapping
            .Where(m => component is not null && _owner.Resolver.ComponentByNameOrReference(m.Target)?.Name == component)
            .Select(m => m.Value)
            .ToList() ?? new List<string>();
        if (mapped.Count > 0)
        {
            return mapped;
        }

        var view = target is null ? null : target.AllOf.IsEmpty ? target : _owner.Merger.Merge(target, component, out _);
        var own = view?.Properties.FirstOrDefault(p => p.Name == tagProperty) is { } property ? SchemaFacts.ListedValues(_owner.Target(property.Schema)) : new List<string>();
        return own.Count > 0 ? own : component is not null ? new List<string> { component } : new List<string>();
    }

    // A case can be a subclass of the union when nothing else needs it to be anything else: it is a case of this union
    // only, it extends no base, and no other schema extends it.
    private bool IsExclusive(SpecSchema unionCase, string? component, SpecSchema? view)
    {
        if (component is null)
        {
            return unionCase.Ref is null;
        }

        return _membership.TryGetValue(component, out var count) && count == 1
            && view is not null && view.Discriminator is null
            && _owner.Built(_owner.ComponentType(component)?.Name ?? "") is RecordModel { BaseType: null };
    }

    private static string CaseName(TypeRef type) => type.Kind switch
    {
        TypeKind.Named or TypeKind.Enum => type.Name!,
        TypeKind.String => "String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 => "Integer",
        TypeKind.Decimal or TypeKind.Double or TypeKind.DecimalString => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.List => CaseName(type.Element!) + "List",
        TypeKind.Map => CaseName(type.Element!) + "Map",
        TypeKind.Json => "Json",
        _ => type.Kind.ToString(),
    };

    // Two object cases that require the same properties cannot be told apart by shape: the first wins whenever both fit.
    private void WarnIfIndistinct(SpecSchema schema, List<UnionCaseModel> cases)
    {
        var objects = cases.Where(c => (c.Kinds & JsonKinds.Object) != 0 && c.Kinds != (JsonKinds.Object | JsonKinds.Array | JsonKinds.String | JsonKinds.Integer | JsonKinds.Number | JsonKinds.Boolean)).ToList();
        for (var i = 1; i < objects.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var differInAFixedValue = objects[i].FixedValues.Any(f => objects[j].FixedValues.Any(g => g.Property == f.Property && g.Value != f.Value));
                if (objects[i].RequiredProperties.All(objects[j].RequiredProperties.Contains) && objects[j].RequiredProperties.All(objects[i].RequiredProperties.Contains)
                    && objects[i].KnownProperties.All(objects[j].KnownProperties.Contains) && !differInAFixedValue)
                {
                    _diagnostics.Report(TrattaDiagnostics.IndistinctUnionCases, ModelDiagnostics.KeySpan(schema, SchemaFacts.UnionKeyword(schema)), objects[j].Name, objects[i].Name, "require the same properties and have no discriminator", "Add a discriminator, or a required property only one case has.");
                    return;
                }
            }
        }
    }
}
