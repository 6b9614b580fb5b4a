using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>
/// Turns the spec's schemas into C# types: one record, enum or union per object, enum or oneOf schema (named after
/// the component, or after its parent and property when written inline), and a <see cref="TypeRef"/> for every use.
/// </summary>
internal sealed class TypeModelBuilder
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private static readonly string[] KnownTypes = { "string", "integer", "number", "boolean", "array", "object", "null" };

    private static readonly Dictionary<string, string[]> KnownFormats = new()
    {
        ["string"] = new[] { "date", "date-time", "email", "decimal", "uuid", "uri", "uri-reference", "hostname", "ipv4", "ipv6", "password", "byte", "binary", "time", "duration", "idn-email" },
        ["integer"] = new[] { "int32", "int64" },
        ["number"] = new[] { "float", "double", "decimal", "int32", "int64" },
        ["boolean"] = new string[0],
    };

    // Members every record has; a property of the same name would not compile.
    private static readonly string[] ReservedMemberNames = { "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Deconstruct", "Finalize", "Validate", "ValidateInto" };

    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, SpecNamed<SpecSchema>> _components = new();
    private readonly Dictionary<string, string> _componentTypeNames = new();
    private readonly Dictionary<string, TypeModel> _builtTypes = new();
    private readonly List<TypeModel> _types = new();
    private readonly HashSet<string> _usedTypeNames = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _resolvingAliases = new();
    private readonly HashSet<string> _building = new();

    /// <param name="document">The spec.</param>
    /// <param name="reservedNames">The names of the client's own types (client, exceptions, ValidationErrors).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public TypeModelBuilder(SpecDocument document, IEnumerable<string> reservedNames, List<DiagnosticInfo> diagnostics)
    {
        _diagnostics = diagnostics;
        foreach (var reserved in reservedNames)
        {
            _usedTypeNames.Add(reserved);
        }

        foreach (var component in document.Schemas)
        {
            _components[component.Name] = component;
        }

        foreach (var component in document.Schemas)
        {
            if (IsEnvelope(component.Value) || !BecomesType(component.Value))
            {
                continue;
            }

            var name = component.Value.Extensions.Name ?? Naming.Pascal(component.Name);
            if (!CheckTypeName(component.Value.Extensions.Name, name, component.NameSpan))
            {
                continue;
            }

            if (!_usedTypeNames.Add(name))
            {
                var other = _componentTypeNames.FirstOrDefault(pair => pair.Value == name).Key ?? "a type the client itself declares";
                Report(TrattaDiagnostics.NameCollision, component.NameSpan, other, component.Name, name, "the generated types");
                continue;
            }

            _componentTypeNames[component.Name] = name;
        }

        foreach (var component in document.Schemas)
        {
            EnsureBuilt(component.Name);
        }
    }

    /// <summary>The generated types in the order they were met; the cases of a union know their base.</summary>
    public IReadOnlyList<TypeModel> Types()
    {
        var baseTypes = new Dictionary<string, string>();
        foreach (var union in _types.OfType<UnionModel>())
        {
            foreach (var unionCase in union.Cases)
            {
                baseTypes[unionCase.TypeName] = union.Name;
            }
        }

        return _types
            .Select(type => type is RecordModel record && baseTypes.TryGetValue(record.Name, out var baseType) ? record with { BaseType = baseType } : type)
            .ToList();
    }

    public static bool IsEnvelope(SpecSchema schema) => schema.Extensions.Envelope is not null;

    /// <summary>For a schema (or a reference to one) marked <c>x-tratta-envelope</c>: the wrapping property and its schema.</summary>
    public (string Property, SpecSchema Inner, string? Paging)? EnvelopeOf(SpecSchema schema)
    {
        var target = ComponentOf(schema.Ref)?.Value ?? schema;
        if (target.Extensions.Envelope is not { } property)
        {
            return null;
        }

        var inner = target.Properties.FirstOrDefault(p => p.Name == property);
        if (inner is null)
        {
            Report(TrattaDiagnostics.UnknownPropertyReference, ValueSpan(target, "x-tratta-envelope"), "x-tratta-envelope", property);
            return null;
        }

        return (property, inner.Schema, target.Extensions.Paging);
    }

    /// <summary>The C# type of a schema used as a property, parameter, body or response.</summary>
    public TypeRef Resolve(SpecSchema schema, string contextName, out bool nullable)
    {
        nullable = false;
        if (schema.Ref is not null)
        {
            return ResolveReference(schema, contextName, out nullable);
        }

        if (!schema.OneOf.IsEmpty)
        {
            return ResolveOneOf(schema, contextName, out nullable);
        }

        if (!schema.AnyOf.IsEmpty || schema.AllOf.Count > 1)
        {
            var keyword = schema.AnyOf.IsEmpty ? "allOf" : "anyOf";
            Report(TrattaDiagnostics.UnsupportedConstruct, KeySpan(schema, keyword), $"'{keyword}'", "Describe the type with 'properties', or with 'oneOf' of object schemas.");
            return TypeRef.Json;
        }

        if (schema.AllOf.Count == 1)
        {
            var inner = Resolve(schema.AllOf[0], contextName, out nullable);
            nullable |= schema.Nullable;
            return inner;
        }

        nullable = schema.Nullable || schema.Types.Contains("null");
        var types = schema.Types.Where(type => type != "null").ToList();
        foreach (var type in types.Where(type => !KnownTypes.Contains(type)))
        {
            Report(TrattaDiagnostics.UnknownType, ValueSpan(schema, "type"), type);
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
            Report(TrattaDiagnostics.UnsupportedConstruct, ValueSpan(schema, "type"), $"The type list [{string.Join(", ", schema.Types)}]", "Use one type, optionally with \"null\".");
            return TypeRef.Json;
        }

        var typeName = types.Count == 1 ? types[0] : InferType(schema);
        return typeName switch
        {
            "string" => ResolveString(schema, contextName),
            "integer" => CheckFormat(schema, "integer") == "int64" ? new TypeRef(TypeKind.Int64) : new TypeRef(TypeKind.Int32),
            "number" => CheckFormat(schema, "number") is "float" or "double" ? new TypeRef(TypeKind.Double) : new TypeRef(TypeKind.Decimal),
            "boolean" => new TypeRef(TypeKind.Boolean),
            "array" => new TypeRef(TypeKind.List, Element: schema.Items is null ? TypeRef.Json : ResolveElement(schema.Items, contextName + "Item")),
            "object" => ResolveObject(schema, contextName),
            _ => TypeRef.Json,
        };
    }

    /// <summary>The validation rules a schema states for the value it describes (following aliases).</summary>
    public RuleSet Rules(SpecSchema schema, TypeRef type)
    {
        var rules = RuleSet.None;
        if (schema.Ref is not null && AliasTarget(schema.Ref) is { } alias)
        {
            rules = Rules(alias, type);
        }
        else if (schema.OneOf.Count > 0 && schema.OneOf.FirstOrDefault(s => !IsNullSchema(s)) is { } onlyCase && schema.OneOf.Count(s => !IsNullSchema(s)) == 1)
        {
            rules = Rules(onlyCase, type);
        }

        var isString = type.Kind == TypeKind.String;
        var isNumber = type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Double or TypeKind.DecimalString;
        var isDate = type.Kind is TypeKind.Date or TypeKind.DateTimeOffset or TypeKind.LocalDateTime;
        var typeText = DescribeType(schema, type);

        if (Fits(schema, "minLength", isString, "string", typeText) && schema.MinLength is { } minLength)
        {
            rules = rules with { MinLength = minLength };
        }

        if (Fits(schema, "maxLength", isString, "string", typeText) && schema.MaxLength is { } maxLength)
        {
            rules = rules with { MaxLength = maxLength };
        }

        if (Fits(schema, "pattern", isString, "string", typeText) && schema.Pattern is { } pattern)
        {
            var dotNetPattern = EcmaPattern.ToDotNet(pattern);
            if (IsValidPattern(dotNetPattern, out var problem))
            {
                rules = rules with { Pattern = dotNetPattern };
            }
            else
            {
                Report(TrattaDiagnostics.InvalidExtensionValue, ValueSpan(schema, "pattern"), "pattern", $"the regular expression cannot be compiled ({problem}).");
            }
        }

        if (Fits(schema, "minimum", isNumber, "numeric", typeText) && schema.Minimum is { } minimum && schema.ExclusiveMinimum != minimum)
        {
            rules = rules with { Minimum = minimum };
        }

        if (Fits(schema, "maximum", isNumber, "numeric", typeText) && schema.Maximum is { } maximum && schema.ExclusiveMaximum != maximum)
        {
            rules = rules with { Maximum = maximum };
        }

        if (Fits(schema, "exclusiveMinimum", isNumber, "numeric", typeText) && schema.ExclusiveMinimum is { } exclusiveMinimum)
        {
            rules = rules with { ExclusiveMinimum = exclusiveMinimum };
        }

        if (Fits(schema, "exclusiveMaximum", isNumber, "numeric", typeText) && schema.ExclusiveMaximum is { } exclusiveMaximum)
        {
            rules = rules with { ExclusiveMaximum = exclusiveMaximum };
        }

        if (schema.Format is "email" or "idn-email" && isString)
        {
            rules = rules with { Format = "email" };
        }

        if (Fits(schema, "x-tratta-rule", isString, "string", typeText) && schema.Extensions.Rule is { } rule)
        {
            rules = rules with { Format = rule };
        }

        if (Fits(schema, "x-tratta-after-or-equal", isDate, "date", typeText) && schema.Extensions.AfterOrEqual is { } afterOrEqual)
        {
            rules = rules with { AfterOrEqual = afterOrEqual };
        }

        if (type.Kind == TypeKind.Map && TargetOf(schema) is { } map)
        {
            if (map.PropertyNames?.MaxLength is { } keyMaxLength)
            {
                rules = rules with { KeyMaxLength = keyMaxLength };
            }

            if (map.AdditionalProperties is { } values && type.Element is { } valueType && Rules(values, valueType) is { IsEmpty: false } valueRules)
            {
                rules = rules with { Element = valueRules };
            }
        }

        if (type.Kind == TypeKind.List && TargetOf(schema)?.Items is { } items && type.Element is { } itemType && Rules(items, itemType) is { IsEmpty: false } itemRules)
        {
            rules = rules with { Element = itemRules };
        }

        return rules;
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

    private static string DescribeType(SpecSchema schema, TypeRef type) =>
        schema.Types.FirstOrDefault(t => t != "null") ?? type.Kind.ToString().ToLowerInvariant();

    private bool Fits(SpecSchema schema, string keyword, bool fits, string expected, string actual)
    {
        var present = schema.Keyword(keyword);
        if (present is null || fits)
        {
            return present is not null;
        }

        Report(TrattaDiagnostics.RuleDoesNotFitType, present.KeySpan, keyword, expected, actual);
        return false;
    }

    /// <summary>The schema itself, or the component an alias <c>$ref</c> points at.</summary>
    private SpecSchema? TargetOf(SpecSchema schema) => schema.Ref is null ? schema : AliasTarget(schema.Ref);

    private SpecSchema? AliasTarget(string reference) =>
        ComponentOf(reference) is { } component && !_componentTypeNames.ContainsKey(component.Name) ? component.Value : null;

    /// <summary>The component a local <c>#/components/schemas/…</c> reference names; null for anything else.</summary>
    private SpecNamed<SpecSchema>? ComponentOf(string? reference) =>
        reference is not null
        && reference.StartsWith(SchemaRefPrefix, System.StringComparison.Ordinal)
        && _components.TryGetValue(reference.Substring(SchemaRefPrefix.Length), out var component)
            ? component
            : null;

    private static bool BecomesType(SpecSchema schema) =>
        schema.Ref is null && (!schema.Properties.IsEmpty || !schema.Enum.IsEmpty || schema.OneOf.Count(s => !IsNullSchema(s)) > 1);

    private static bool IsEnumSchema(SpecSchema schema) =>
        !schema.Enum.IsEmpty && schema.Properties.IsEmpty && schema.OneOf.Count(s => !IsNullSchema(s)) <= 1;

    private static bool IsNullSchema(SpecSchema schema) =>
        schema.Ref is null && schema.Types.Count == 1 && schema.Types[0] == "null";

    private static string InferType(SpecSchema schema) =>
        !schema.Properties.IsEmpty || schema.AdditionalProperties is not null ? "object"
        : schema.Items is not null ? "array"
        : !schema.Enum.IsEmpty ? "string"
        : "any";

    private TypeRef ResolveReference(SpecSchema schema, string contextName, out bool nullable)
    {
        nullable = schema.Nullable;
        var reference = schema.Ref!;
        if (ComponentOf(reference) is not { } component)
        {
            Report(TrattaDiagnostics.UnresolvedReference, ValueSpan(schema, "$ref"), reference, "schemas");
            return TypeRef.Json;
        }

        if (_componentTypeNames.TryGetValue(component.Name, out var typeName))
        {
            return new TypeRef(IsEnumSchema(component.Value) ? TypeKind.Enum : TypeKind.Named, typeName);
        }

        // Not a type of its own (a map, list or constrained string): use what it describes, guarding against a cycle.
        if (!_resolvingAliases.Add(component.Name))
        {
            Report(TrattaDiagnostics.UnsupportedConstruct, ValueSpan(schema, "$ref"), $"The recursive reference '{reference}'", "Give the recursion an object schema with properties.");
            return TypeRef.Json;
        }

        var resolved = Resolve(component.Value, contextName, out var aliasNullable);
        _resolvingAliases.Remove(component.Name);
        nullable |= aliasNullable;
        return resolved;
    }

    private TypeRef ResolveOneOf(SpecSchema schema, string contextName, out bool nullable)
    {
        var cases = schema.OneOf.Where(s => !IsNullSchema(s)).ToList();
        nullable = schema.Nullable || cases.Count < schema.OneOf.Count;
        if (cases.Count == 1)
        {
            var single = Resolve(cases[0], contextName, out var caseNullable);
            nullable |= caseNullable;
            return single;
        }

        var name = ReserveInlineName(contextName);
        BuildUnion(name, schema, cases);
        return new TypeRef(TypeKind.Named, name);
    }

    private TypeRef ResolveString(SpecSchema schema, string contextName)
    {
        if (!schema.Enum.IsEmpty)
        {
            var name = ReserveInlineName(contextName);
            AddType(new EnumModel(name, schema.Description, EnumMembers(name, schema)));
            return new TypeRef(TypeKind.Enum, name);
        }

        if (schema.Extensions.DateFormat is { } dateFormat)
        {
            var hasTime = dateFormat.IndexOfAny(new[] { 'H', 'h', 'm', 's' }) >= 0;
            return new TypeRef(hasTime ? TypeKind.LocalDateTime : TypeKind.Date, DateFormat: dateFormat);
        }

        return CheckFormat(schema, "string") switch
        {
            "date" => new TypeRef(TypeKind.Date),
            "date-time" => new TypeRef(TypeKind.DateTimeOffset),
            "decimal" => new TypeRef(TypeKind.DecimalString),
            _ => TypeRef.String,
        };
    }

    private TypeRef ResolveObject(SpecSchema schema, string contextName)
    {
        if (!schema.Properties.IsEmpty)
        {
            var name = ReserveInlineName(contextName);
            BuildRecord(name, schema);
            return new TypeRef(TypeKind.Named, name);
        }

        if (schema.AdditionalProperties is { } values)
        {
            var entryList = schema.Extensions.EntryList is { } list ? new EntryListModel(list.KeyProperty, list.ValueProperty) : null;
            return new TypeRef(TypeKind.Map, Element: ResolveElement(values, contextName + "Value"), EntryList: entryList);
        }

        return TypeRef.Json;
    }

    // Collections hold their elements as they are; a nullable element type adds nothing a caller could use.
    private TypeRef ResolveElement(SpecSchema schema, string contextName) => Resolve(schema, contextName, out _);

    private string? CheckFormat(SpecSchema schema, string type)
    {
        var format = schema.Format;
        if (format is null || !KnownFormats.TryGetValue(type, out var known) || known.Contains(format))
        {
            return format;
        }

        Report(TrattaDiagnostics.UnknownFormat, ValueSpan(schema, "format"), format, type, known.Length == 0 ? "(none)" : string.Join(", ", known));
        return null;
    }

    /// <summary>Builds a component's type unless it is built already (a union needs its cases first).</summary>
    private void EnsureBuilt(string componentName)
    {
        if (_componentTypeNames.TryGetValue(componentName, out var typeName) && !_builtTypes.ContainsKey(typeName) && _building.Add(typeName))
        {
            BuildNamedType(typeName, _components[componentName].Value);
        }
    }

    private void BuildNamedType(string name, SpecSchema schema)
    {
        var cases = schema.OneOf.Where(s => !IsNullSchema(s)).ToList();
        if (cases.Count > 1)
        {
            BuildUnion(name, schema, cases);
        }
        else if (IsEnumSchema(schema))
        {
            AddType(new EnumModel(name, schema.Description, EnumMembers(name, schema)));
        }
        else
        {
            BuildRecord(name, schema);
        }
    }

    private void BuildRecord(string name, SpecSchema schema)
    {
        var properties = new List<PropertyModel>();
        var memberNames = new Dictionary<string, string>();
        foreach (var property in schema.Properties)
        {
            var csharpName = property.Schema.Extensions.Name ?? Naming.Pascal(property.Name);
            if (!CheckMemberName(property.Schema.Extensions.Name, csharpName, property.NameSpan))
            {
                continue;
            }

            // A member may not share its type's name (CS0542).
            if (csharpName == name)
            {
                csharpName += "Value";
            }

            if (memberNames.TryGetValue(csharpName, out var other))
            {
                Report(TrattaDiagnostics.NameCollision, property.NameSpan, other, property.Name, csharpName, $"the type '{name}'");
                continue;
            }

            memberNames[csharpName] = property.Name;
            var type = Resolve(property.Schema, name + csharpName, out var nullable);
            CheckSiblings(schema, property);
            properties.Add(new PropertyModel
            {
                WireName = property.Name,
                Name = csharpName,
                Type = type,
                IsRequired = schema.Required.Contains(property.Name),
                IsNullable = nullable,
                Description = property.Schema.Description ?? DescriptionOf(property.Schema),
                IsSensitive = property.Schema.Extensions.Sensitive,
                Aliases = property.Schema.Extensions.Aliases,
                Rules = PropertyRules(property.Schema, type),
            });
        }

        foreach (var required in schema.Required.Where(r => !schema.Properties.Any(p => p.Name == r)))
        {
            Report(TrattaDiagnostics.UnknownPropertyReference, ValueSpan(schema, "required"), "required", required);
        }

        AddType(new RecordModel(name, schema.Description, properties.ToEquatableArray()));
    }

    private RuleSet PropertyRules(SpecSchema schema, TypeRef type)
    {
        var rules = Rules(schema, type);
        var extensions = schema.Extensions;
        return rules with
        {
            RequiredWithout = extensions.RequiredWithout,
            RequiredWith = extensions.RequiredWith,
            RequiredIf = extensions.RequiredIf is { } requiredIf ? new RequiredIfRule(requiredIf.Property, requiredIf.EqualsValue) : null,
        };
    }

    private void CheckSiblings(SpecSchema parent, SpecProperty property)
    {
        var extensions = property.Schema.Extensions;
        void Check(string keyword, IEnumerable<string> names)
        {
            foreach (var sibling in names.Where(n => !parent.Properties.Any(p => p.Name == n)))
            {
                Report(TrattaDiagnostics.UnknownPropertyReference, ValueSpan(property.Schema, keyword), keyword, sibling);
            }
        }

        Check("x-tratta-required-without", extensions.RequiredWithout);
        Check("x-tratta-required-with", extensions.RequiredWith);
        if (extensions.RequiredIf is { } requiredIf)
        {
            Check("x-tratta-required-if", new[] { requiredIf.Property });
        }
    }

    private string? DescriptionOf(SpecSchema schema) => ComponentOf(schema.Ref)?.Value.Description;

    private void BuildUnion(string name, SpecSchema schema, List<SpecSchema> cases)
    {
        var resolved = new List<(string TypeName, RecordModel Record)>();
        foreach (var option in cases)
        {
            if (ComponentOf(option.Ref) is { } component)
            {
                EnsureBuilt(component.Name);
            }

            var type = Resolve(option, name + "Case" + (resolved.Count + 1).ToString(CultureInfo.InvariantCulture), out _);
            if (type.Kind != TypeKind.Named || !_builtTypes.TryGetValue(type.Name!, out var built) || built is not RecordModel record)
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, KeySpan(schema, "oneOf"), "A 'oneOf' case that is not an object schema", "Make every case an object schema with properties.");
                return;
            }

            resolved.Add((type.Name!, record));
        }

        var unionCases = new List<UnionCaseModel>();
        foreach (var (typeName, record) in resolved)
        {
            if (_types.OfType<UnionModel>().Any(other => other.Cases.Any(c => c.TypeName == typeName)))
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, KeySpan(schema, "oneOf"), $"'{typeName}' as a case of two 'oneOf' unions", "Use it in one union only.");
                return;
            }

            // A case is recognised by the required properties that no other case declares.
            var distinguishing = record.Properties
                .Where(p => p.IsRequired && resolved.All(other => other.Record == record || !other.Record.Properties.Any(o => o.WireName == p.WireName)))
                .Select(p => p.WireName)
                .ToEquatableArray();
            if (distinguishing.IsEmpty)
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, KeySpan(schema, "oneOf"), $"The 'oneOf' case '{typeName}' has no required property that the other cases lack, so it", "Require a property that only this case has.");
                return;
            }

            unionCases.Add(new UnionCaseModel(typeName, distinguishing));
        }

        AddType(new UnionModel(name, schema.Description, unionCases.ToEquatableArray()));
    }

    private static EquatableArray<EnumMemberModel> EnumMembers(string enumName, SpecSchema schema)
    {
        var members = new List<EnumMemberModel>();

        // The struct's own members (and its name, CS0542) are taken: a value named like one gets a number.
        var used = new HashSet<string> { enumName, "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };
        foreach (var value in schema.Enum.Where(v => v != "null"))
        {
            var name = Naming.Pascal(value);
            var unique = name;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = name + i.ToString(CultureInfo.InvariantCulture);
            }

            members.Add(new EnumMemberModel(unique, value));
        }

        return members.ToEquatableArray();
    }

    private string ReserveInlineName(string contextName)
    {
        var name = contextName;
        for (var i = 2; !_usedTypeNames.Add(name); i++)
        {
            name = contextName + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private void AddType(TypeModel type)
    {
        _builtTypes[type.Name] = type;
        _types.Add(type);
    }

    private bool CheckTypeName(string? explicitName, string name, SpecSpan span)
    {
        if (!Naming.IsValidIdentifier(name))
        {
            Report(TrattaDiagnostics.InvalidName, span, explicitName ?? name, Naming.IsKeyword(name) ? "it is a C# keyword" : "it is not a valid identifier");
            return false;
        }

        return true;
    }

    private bool CheckMemberName(string? explicitName, string name, SpecSpan span)
    {
        if (ReservedMemberNames.Contains(name))
        {
            Report(TrattaDiagnostics.InvalidName, span, explicitName ?? name, "every record already has a member of that name");
            return false;
        }

        return CheckTypeName(explicitName, name, span);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecSpan span, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, span, args));

    private static SpecSpan KeySpan(SpecSchema schema, string keyword) => schema.Keyword(keyword)?.KeySpan ?? schema.Span;

    private static SpecSpan ValueSpan(SpecSchema schema, string keyword) => schema.Keyword(keyword)?.ValueSpan ?? schema.Span;
}
