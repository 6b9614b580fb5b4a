using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Builds the record of an object schema: one property per declared property (its <c>allOf</c> merged), named so that
/// none collides with another, with the type, nullability, rules and documentation the spec gives it.
/// </summary>
internal sealed class RecordBuilder
{
    // Members every record has, or that generated code adds (validators): a property of that name gets another.
    private static readonly string[] ReservedMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Deconstruct", "Finalize",
        "Validate", "ValidateInto",
    };

    private readonly TypeModelBuilder _owner;
    private readonly ModelDiagnostics _diagnostics;

    public RecordBuilder(TypeModelBuilder owner, ModelDiagnostics diagnostics)
    {
        _owner = owner;
        _diagnostics = diagnostics;
    }

    public RecordModel Build(string name, SpecSchema schema, string? component)
    {
        string? baseComponent = null;
        var merged = schema.AllOf.IsEmpty ? schema : _owner.Merger.Merge(schema, component, out baseComponent);
        var baseType = baseComponent is null ? null : _owner.ComponentType(baseComponent);
        if (baseType is { Plan: not TypePlan.Record })
        {
            baseType = null;
        }

        var inherited = new HashSet<string>();
        if (baseType is not null)
        {
            _owner.EnsureBuilt(baseComponent!);
            var baseSchema = _owner.Resolver.ComponentByNameOrReference(baseComponent!)!.Value;
            var baseView = baseSchema.AllOf.IsEmpty ? baseSchema : _owner.Merger.Merge(baseSchema, baseComponent, out _);
            inherited.UnionWith(baseView.Properties.Select(p => p.Name));
        }

        var members = new NameRegistry(ReservedMembers.Append(name));
        var properties = new List<PropertyModel>();
        foreach (var property in merged.Properties.Where(p => !inherited.Contains(p.Name)))
        {
            properties.Add(BuildProperty(name, merged, property, members));
        }

        foreach (var required in merged.Required.Where(r => !merged.Properties.Any(p => p.Name == r)))
        {
            _diagnostics.Report(TrattaDiagnostics.UnknownPropertyReference, ModelDiagnostics.ValueSpan(merged, "required"), "required", required);
        }

        TypeRef? additional = null;
        var additionalName = "AdditionalProperties";
        if (merged.AdditionalProperties is { } values && !merged.Properties.IsEmpty)
        {
            additional = _owner.Resolve(values, name + "Value", out _);
            additionalName = members.Reserve("AdditionalProperties");
        }

        return new RecordModel(name, merged.Description, properties.ToEquatableArray())
        {
            BaseType = baseType?.Name,
            AdditionalProperties = additional,
            AdditionalPropertiesName = additionalName,
            IsDeprecated = schema.Deprecated,
        };
    }

    private PropertyModel BuildProperty(string recordName, SpecSchema record, SpecProperty property, NameRegistry members)
    {
        var explicitName = property.Schema.Extensions.Name;
        if (explicitName is not null && (!Naming.IsValidIdentifier(explicitName) || explicitName == recordName || members.IsTaken(explicitName)))
        {
            _diagnostics.Report(TrattaDiagnostics.InvalidName, property.NameSpan, explicitName, Naming.IsKeyword(explicitName) ? "it is a C# keyword" : !Naming.IsValidIdentifier(explicitName) ? "it is not a valid identifier" : "the type already has a member of that name");
            explicitName = null;
        }

        var conventional = Naming.Pascal(property.Name);
        var preferred = conventional == recordName ? conventional + "Value" : conventional;
        var csharpName = explicitName ?? members.Reserve(preferred);
        if (explicitName is not null)
        {
            members.TryReserve(explicitName);
        }
        else if (csharpName != preferred && members.Holder(preferred) is { } other)
        {
            _diagnostics.Report(TrattaDiagnostics.NameCollision, property.NameSpan, other, property.Name, preferred, $"the type '{recordName}'", csharpName);
        }

        members.Remember(csharpName, property.Name);

        var type = _owner.Resolve(property.Schema, NameRegistry.Bounded(recordName + csharpName), out var nullable);
        CheckSiblings(record, property);
        var target = _owner.Target(property.Schema);
        // Only a required property starts with its one value: an optional one is left out unless the caller sets it.
        var constant = record.Required.Contains(property.Name) ? ConstantOf(target, type) : null;
        var readOnly = property.Schema.ReadOnly || target.ReadOnly;
        return new PropertyModel
        {
            WireName = property.Name,
            Name = csharpName,
            Type = type,
            IsRequired = record.Required.Contains(property.Name) && !readOnly && constant is null,
            IsNullable = nullable,
            IsReadOnly = readOnly,
            IsWriteOnly = property.Schema.WriteOnly || target.WriteOnly,
            IsDeprecated = property.Schema.Deprecated,
            Description = property.Schema.Description ?? target.Description,
            DefaultValue = property.Schema.Default ?? target.Default,
            Constant = constant,
            IsSensitive = property.Schema.Extensions.Sensitive,
            Aliases = property.Schema.Extensions.Aliases,
            Rules = PropertyRules(property.Schema, type),
        };
    }

    // A required property with one possible value (OpenAI's `type: {enum: [message]}`) starts with it, so that a caller need not set it.
    private static ConstantModel? ConstantOf(SpecSchema schema, TypeRef type)
    {
        if (SchemaFacts.SingleValue(schema) is not { } value)
        {
            return null;
        }

        return type.Kind switch
        {
            TypeKind.String => new ConstantModel(value, IsString: true),
            TypeKind.Int32 or TypeKind.Int64 when long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _) => new ConstantModel(value, IsString: false),
            TypeKind.Boolean when value is "true" or "false" => new ConstantModel(value, IsString: false),
            _ => null,
        };
    }

    private RuleSet PropertyRules(SpecSchema schema, TypeRef type)
    {
        var rules = _owner.Rules(schema, type);
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
                _diagnostics.Report(TrattaDiagnostics.UnknownPropertyReference, ModelDiagnostics.ValueSpan(property.Schema, keyword), keyword, sibling);
            }
        }

        Check("x-tratta-required-without", extensions.RequiredWithout);
        Check("x-tratta-required-with", extensions.RequiredWith);
        if (extensions.RequiredIf is { } requiredIf)
        {
            Check("x-tratta-required-if", new[] { requiredIf.Property });
        }
    }
}
