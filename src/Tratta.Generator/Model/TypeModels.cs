using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>A type the generator emits.</summary>
internal abstract record TypeModel(string Name, string? Description)
{
    /// <summary>The schema says <c>deprecated: true</c>: the type is <c>[Obsolete]</c>.</summary>
    public bool IsDeprecated { get; init; }
}

/// <summary>An object schema: an immutable record with a JSON converter and, for request shapes, a validator.</summary>
internal sealed record RecordModel(string Name, string? Description, EquatableArray<PropertyModel> Properties)
    : TypeModel(Name, Description)
{
    /// <summary>
    /// The type this record derives from: the abstract base of a union whose cases are subclasses, or a schema with a
    /// <c>discriminator</c> that this one extends through <c>allOf</c>.
    /// </summary>
    public string? BaseType { get; init; }

    /// <summary>The properties declared by <see cref="BaseType"/> (when it is a record), which JSON reads and writes too.</summary>
    public EquatableArray<PropertyModel> InheritedProperties { get; init; } = EquatableArray<PropertyModel>.Empty;

    /// <summary>The value type of <c>additionalProperties</c> beside the declared properties; null when there is none.</summary>
    public TypeRef? AdditionalProperties { get; init; }

    /// <summary>The C# name of the member that holds the additional properties.</summary>
    public string AdditionalPropertiesName { get; init; } = "AdditionalProperties";

    /// <summary>For a schema with a <c>discriminator</c> that others extend: the property and the records that derive.</summary>
    public DerivedTypesModel? Derived { get; init; }

    /// <summary>Every property JSON reads and writes: the inherited ones first.</summary>
    public System.Collections.Generic.IEnumerable<PropertyModel> AllProperties => System.Linq.Enumerable.Concat(InheritedProperties, Properties);
}

/// <summary>The records that extend a base with a discriminator, each with the values that select it.</summary>
internal sealed record DerivedTypesModel(string DiscriminatorProperty, EquatableArray<UnionCaseModel> Cases);

/// <summary>A string or integer enum that keeps values the spec does not list (a server newer than the spec).</summary>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members)
    : TypeModel(Name, Description)
{
    /// <summary>Whether the values are numbers (<c>type: integer</c>, or unquoted numbers): the struct holds a <c>long</c>.</summary>
    public bool IsNumeric { get; init; }
}

/// <param name="Name">The C# member name.</param>
/// <param name="WireValue">The value as sent and received (a number's text for numeric enums).</param>
/// <param name="Description">From a <c>oneOf</c> of <c>const</c> cases: the case's <c>description</c> or <c>title</c>.</param>
internal sealed record EnumMemberModel(string Name, string WireValue, string? Description = null);

/// <summary>
/// A <c>oneOf</c> or <c>anyOf</c> of several cases. Read by its discriminator when it has one (or when every object
/// case has a required property with a value of its own), else by the JSON value's kind and the properties the object
/// has; a value no case fits is kept as it came and written back unchanged.
/// </summary>
/// <param name="IsHierarchy">
/// The cases are records that derive from the union's abstract base (<c>charge is ScheduledCharge</c>): when every
/// case is an object schema of its own that no other union or base claims. Otherwise the union is a record with one
/// property per case (<c>content.String</c>, <c>content.Parts</c>).
/// </param>
/// <param name="DiscriminatorProperty">The property whose value names the case, when there is one.</param>
internal sealed record UnionModel(string Name, string? Description, EquatableArray<UnionCaseModel> Cases, bool IsHierarchy, string? DiscriminatorProperty)
    : TypeModel(Name, Description);

/// <summary>One case of a union, and how a JSON value is recognized as it.</summary>
/// <param name="Type">The case's type.</param>
/// <param name="Name">Its name in the union: the property of a wrapper union, and the word docs use.</param>
/// <param name="TagValues">The discriminator values that select it.</param>
/// <param name="Kinds">The JSON token kinds it can be (<see cref="JsonKinds"/>).</param>
/// <param name="RequiredProperties">For an object case: the properties it requires (present and not null).</param>
/// <param name="KnownProperties">For an object case: every property it declares, to pick the closest case.</param>
internal sealed record UnionCaseModel(TypeRef Type, string Name, EquatableArray<string> TagValues, int Kinds, EquatableArray<string> RequiredProperties, EquatableArray<string> KnownProperties)
{
    /// <summary>Required properties with one possible value (<c>object: "card"</c>): a case fits only an object that has it.</summary>
    public EquatableArray<PropertyValueModel> FixedValues { get; init; } = EquatableArray<PropertyValueModel>.Empty;
}

/// <summary>A property and the one value it may have, as JSON text (<c>card</c>, <c>true</c>, <c>3</c>).</summary>
internal sealed record PropertyValueModel(string Property, string Value);

/// <summary>The JSON token kinds a case can be, as flags.</summary>
internal static class JsonKinds
{
    public const int Object = 1;
    public const int Array = 2;
    public const int String = 4;
    public const int Integer = 8;
    public const int Number = 16;
    public const int Boolean = 32;
}

/// <summary>A value a property starts with: a string, or a number's text.</summary>
internal sealed record ConstantModel(string Text, bool IsString);

/// <summary>A property of a record.</summary>
internal sealed record PropertyModel
{
    public string WireName { get; init; } = "";

    public string Name { get; init; } = "";

    public TypeRef Type { get; init; } = TypeRef.String;

    /// <summary>Listed in the schema's <c>required</c> (and not read-only, not given a value by the generator).</summary>
    public bool IsRequired { get; init; }

    /// <summary>May be JSON <c>null</c> on the wire.</summary>
    public bool IsNullable { get; init; }

    /// <summary>
    /// Optional and nullable in a request: left out unless set, and sent as <c>null</c> when set to null. The record
    /// remembers whether it was set.
    /// </summary>
    public bool IsTriState { get; init; }

    /// <summary><c>readOnly</c>: received, never sent.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary><c>writeOnly</c>: sent, not expected back (a missing required one is no error on reading).</summary>
    public bool IsWriteOnly { get; init; }

    public bool IsDeprecated { get; init; }

    public string? Description { get; init; }

    /// <summary>The schema's <c>default</c>, for documentation: the server applies it when the property is left out.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>The one value the property may have (a <c>const</c>, an enum of one): it starts with it.</summary>
    public ConstantModel? Constant { get; init; }

    public bool IsSensitive { get; init; }

    /// <summary>Other wire names accepted when reading.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    public RuleSet Rules { get; init; } = RuleSet.None;
}
