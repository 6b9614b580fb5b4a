using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Turns the spec's schemas into C# types: a record, enum or union per schema that needs a type of its own (named
/// after its component, or after where it sits when written inline), and a <see cref="TypeRef"/> for every use.
/// What cannot be expressed is a warning with a fallback (free-form JSON, the base type), never a missing client.
/// </summary>
internal sealed class TypeModelBuilder
{
    private readonly SchemaResolver _resolver;
    private readonly ModelDiagnostics _diagnostics;
    private readonly NameRegistry _typeNames;
    private readonly AllOfMerger _merger;
    private readonly RuleBuilder _rules;
    private readonly RecordBuilder _records;
    private readonly UnionBuilder _unions;
    private readonly Dictionary<string, (string Name, TypePlan Plan)> _componentTypes = new();
    private readonly Dictionary<string, string> _typeComponents = new();
    private readonly Dictionary<string, TypeModel> _built = new();
    private readonly List<TypeModel> _types = new();
    private readonly HashSet<string> _building = new();
    private readonly HashSet<string> _resolvingUses = new();
    private readonly Dictionary<string, (TypeRef Type, bool Nullable)> _uses = new();

    /// <param name="document">The spec.</param>
    /// <param name="reservedNames">The names of the client's own types (client, options, groups).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="cancellationToken">Checked before each schema.</param>
    public TypeModelBuilder(SpecDocument document, IEnumerable<string> reservedNames, ModelDiagnostics diagnostics, CancellationToken cancellationToken = default)
    {
        _resolver = new SchemaResolver(document);
        _diagnostics = diagnostics;
        _typeNames = new NameRegistry(reservedNames);
        _merger = new AllOfMerger(_resolver, diagnostics);
        _rules = new RuleBuilder(_resolver, diagnostics);
        _records = new RecordBuilder(this, diagnostics);
        _unions = new UnionBuilder(this, UnionMembership.Count(document, _resolver), diagnostics);

        foreach (var component in document.Schemas)
        {
            var plan = TypePlanner.Plan(component.Value);
            if (plan == TypePlan.Use)
            {
                continue;
            }

            var explicitName = component.Value.Extensions.Name;
            if (explicitName is not null && !Naming.IsValidIdentifier(explicitName))
            {
                _diagnostics.Report(TrattaDiagnostics.InvalidName, component.NameSpan, explicitName, Naming.IsKeyword(explicitName) ? "it is a C# keyword" : "it is not a valid identifier");
                explicitName = null;
            }

            var conventional = Naming.Pascal(component.Name);
            var preferred = NameRegistry.Bounded(explicitName ?? (conventional.Length > 0 ? conventional : "Schema"));
            var name = _typeNames.Reserve(preferred);
            if (name != preferred)
            {
                var other = _typeComponents.FirstOrDefault(pair => string.Equals(pair.Key, preferred, System.StringComparison.OrdinalIgnoreCase)).Value ?? "a type the client itself declares";
                _diagnostics.Report(TrattaDiagnostics.NameCollision, component.NameSpan, other, component.Name, preferred, "the generated types", name);
            }

            _componentTypes[component.Name] = (name, plan);
            _typeComponents[name] = component.Name;
        }

        foreach (var component in document.Schemas)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EnsureBuilt(component.Name);
        }
    }

    public SchemaResolver Resolver => _resolver;

    public AllOfMerger Merger => _merger;

    public NameRegistry TypeNames => _typeNames;

    /// <summary>The generated types in a stable order, with the bases of union cases and derived records settled.</summary>
    public IReadOnlyList<TypeModel> Types() => new TypeHierarchy(_types, _typeComponents, _resolver).Settle();

    public static bool IsEnvelope(SpecSchema schema) => schema.Extensions.Envelope is not null;

    /// <summary>For a schema (or a reference to one) marked <c>x-tratta-envelope</c>: the wrapping property and its schema.</summary>
    public (string Property, SpecSchema Inner, string? Paging)? EnvelopeOf(SpecSchema schema)
    {
        var target = _resolver.Follow(schema)?.Schema ?? schema;
        if (target.Extensions.Envelope is not { } property)
        {
            return null;
        }

        var inner = target.Properties.FirstOrDefault(p => p.Name == property);
        if (inner is null)
        {
            _diagnostics.Report(TrattaDiagnostics.UnknownPropertyReference, ModelDiagnostics.ValueSpan(target, "x-tratta-envelope"), "x-tratta-envelope", property);
            return null;
        }

        return (property, inner.Schema, target.Extensions.Paging);
    }

    /// <summary>The validation rules a schema states for the value it describes.</summary>
    public RuleSet Rules(SpecSchema schema, TypeRef type) => _rules.Rules(schema, type);

    /// <summary>The model of a generated type, once built (null for a name that is not one).</summary>
    public TypeModel? Built(string name) => _built.TryGetValue(name, out var model) ? model : null;

    /// <summary>The schema at the end of a reference chain, the schema itself for none.</summary>
    public SpecSchema Target(SpecSchema schema) => _resolver.Follow(schema)?.Schema ?? schema;

    /// <summary>The C# type of a schema used as a property, item, parameter, body or response.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="contextName">The name an inline schema's type takes, from where it sits (<c>PetOwner</c>).</param>
    /// <param name="nullable">Whether the value may be null.</param>
    public TypeRef Resolve(SpecSchema schema, string contextName, out bool nullable)
    {
        nullable = SchemaFacts.AllowsNull(schema);
        if (schema.Ref is not null)
        {
            var type = ResolveReference(schema, contextName, out var referencedNullable);
            nullable |= referencedNullable;
            return type;
        }

        if (schema.DynamicRef is not null)
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, ModelDiagnostics.KeySpan(schema, schema.Keyword("$recursiveRef") is null ? "$dynamicRef" : "$recursiveRef"), $"'{schema.DynamicRef}' (a JSON Schema dynamic reference)", "The value is read as free-form JSON (JsonElement).");
            return TypeRef.Json;
        }

        switch (TypePlanner.Plan(schema))
        {
            case TypePlan.Record:
                var recordName = _typeNames.Reserve(NameRegistry.Bounded(contextName));
                Add(_records.Build(recordName, schema, null));
                return new TypeRef(TypeKind.Named, recordName);
            case TypePlan.Enum:
                var enumName = _typeNames.Reserve(NameRegistry.Bounded(contextName));
                Add(EnumBuilder.Build(enumName, schema));
                return new TypeRef(TypeKind.Enum, enumName);
            case TypePlan.Union:
                var unionName = _typeNames.Reserve(NameRegistry.Bounded(contextName));
                Add(_unions.Build(unionName, schema, null));
                return new TypeRef(TypeKind.Named, unionName);
        }

        var cases = SchemaFacts.UnionCases(schema);
        if (cases.Count == 1)
        {
            var single = Resolve(cases[0], contextName, out var caseNullable);
            nullable |= caseNullable;
            return single;
        }

        if (cases.Count > 1)
        {
            // Strings, or numbers, with no values listed: one primitive.
            var numeric = cases.All(c => SchemaFacts.SingleType(c) is "integer" or "number");
            return numeric ? new TypeRef(cases.All(c => SchemaFacts.SingleType(c) == "integer") ? TypeKind.Int64 : TypeKind.Decimal) : TypeRef.String;
        }

        if (AllOfMerger.SinglePart(schema) is { } part)
        {
            var type = Resolve(part, contextName, out var partNullable);
            nullable |= partNullable;
            return type;
        }

        return ResolveByType(schema, contextName, ref nullable);
    }

    /// <summary>Builds a component's type unless it is built or being built (a record may refer to itself).</summary>
    public void EnsureBuilt(string componentName)
    {
        if (!_componentTypes.TryGetValue(componentName, out var planned) || _built.ContainsKey(planned.Name) || !_building.Add(planned.Name))
        {
            return;
        }

        var schema = _resolver.ComponentByNameOrReference(componentName)!.Value;
        Add(planned.Plan switch
        {
            TypePlan.Record => _records.Build(planned.Name, schema, componentName),
            TypePlan.Enum => EnumBuilder.Build(planned.Name, schema),
            _ => _unions.Build(planned.Name, schema, componentName),
        });
    }

    /// <summary>The generated type of a component, when it has one.</summary>
    public (string Name, TypePlan Plan)? ComponentType(string componentName) =>
        _componentTypes.TryGetValue(componentName, out var planned) ? planned : null;

    private void Add(TypeModel type)
    {
        _built[type.Name] = type;
        _types.Add(type);
    }

    private TypeRef ResolveReference(SpecSchema schema, string contextName, out bool nullable)
    {
        nullable = false;
        var reference = schema.Ref!;
        SpecNamed<SpecSchema> component;

        // A component that is only a reference to another (A → B → C) is followed here, in a loop: by recursion a
        // chain of a thousand references would overflow the compiler's stack. A chain that comes back is no type.
        var followed = new HashSet<string>();
        while (true)
        {
            if (_resolver.Component(reference) is not { } found)
            {
                _diagnostics.Report(TrattaDiagnostics.UnresolvedReference, ModelDiagnostics.ValueSpan(schema, "$ref"), reference, "schemas");
                nullable = true;
                return TypeRef.Json;
            }

            component = found;
            if (_componentTypes.TryGetValue(component.Name, out var planned))
            {
                nullable |= SchemaFacts.AllowsNull(component.Value);
                return new TypeRef(planned.Plan == TypePlan.Enum ? TypeKind.Enum : TypeKind.Named, planned.Name);
            }

            // Not a type of its own (a list, a map, a constrained string): what it describes, once for every use (an
            // inline record inside it is one type), guarding against a loop.
            if (_uses.TryGetValue(component.Name, out var known))
            {
                nullable |= known.Nullable;
                return known.Type;
            }

            if (component.Value.Ref is not { } next)
            {
                break;
            }

            if (!followed.Add(component.Name))
            {
                _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, ModelDiagnostics.ValueSpan(component.Value, "$ref"), $"The loop of references through '{reference}', which never reaches a schema", "The value is read as free-form JSON (JsonElement).");
                nullable = true;
                return TypeRef.Json;
            }

            nullable |= SchemaFacts.AllowsNull(component.Value);
            schema = component.Value;
            reference = next;
        }

        if (!_resolvingUses.Add(component.Name))
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, ModelDiagnostics.ValueSpan(schema, "$ref"), $"The recursive reference '{reference}' through lists or maps only", "The value is read as free-form JSON (JsonElement).");
            return TypeRef.Json;
        }

        var resolved = Resolve(component.Value, Naming.Pascal(component.Name) is { Length: > 0 } name ? name : contextName, out var resolvedNullable);
        _resolvingUses.Remove(component.Name);
        _uses[component.Name] = (resolved, resolvedNullable);
        nullable |= resolvedNullable;
        return resolved;
    }

    private TypeRef ResolveByType(SpecSchema schema, string contextName, ref bool nullable)
    {
        var types = SchemaFacts.Types(schema);
        foreach (var unknown in types.Where(type => type is not ("string" or "integer" or "number" or "boolean" or "array" or "object")))
        {
            _diagnostics.Report(TrattaDiagnostics.UnknownType, ModelDiagnostics.ValueSpan(schema, "type"), unknown);
            return TypeRef.Json;
        }

        // A number that may be sent as a string ([integer, string], [number, string]) is a number: reading accepts both.
        if (types.Count == 2 && types.Contains("string") && types.FirstOrDefault(t => t is "integer" or "number") is { } numeric)
        {
            types = new List<string> { numeric };
        }

        // A map that may arrive as a list of entries says so to validators with [object, array]; it is still a map.
        if (types.Count == 2 && types.Contains("object") && types.Contains("array") && schema.Extensions.EntryList is not null)
        {
            types = new List<string> { "object" };
        }

        if (types.Count > 1)
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, ModelDiagnostics.ValueSpan(schema, "type"), $"The type list [{string.Join(", ", schema.Types)}]", "The value is read as free-form JSON (JsonElement); a oneOf of the types would give it a type.");
            return TypeRef.Json;
        }

        var type = types.Count == 1 ? types[0] : SchemaFacts.InferredType(schema);
        switch (type)
        {
            case "array":
                return new TypeRef(TypeKind.List, Element: schema.Items is null ? TypeRef.Json : Resolve(schema.Items, contextName + "Item", out _));
            case "object":
                if (schema.AdditionalProperties is { } values)
                {
                    var entryList = schema.Extensions.EntryList is { } list ? new EntryListModel(list.KeyProperty, list.ValueProperty) : null;
                    return new TypeRef(TypeKind.Map, Element: Resolve(values, contextName + "Value", out _), EntryList: entryList);
                }

                return TypeRef.Json;
            case "string" or "integer" or "number" or "boolean":
                var mapped = FormatMapper.Map(type, schema, out var unknownFormat);
                if (unknownFormat is not null)
                {
                    _diagnostics.Report(TrattaDiagnostics.UnknownFormat, ModelDiagnostics.ValueSpan(schema, "format"), unknownFormat, type, FormatMapper.Known(type));
                }

                return mapped;
            default:
                // No type at all: any JSON value, which may be null.
                nullable = true;
                return TypeRef.Json;
        }
    }
}
