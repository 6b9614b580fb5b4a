using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>A type the generator emits.</summary>
internal abstract record TypeModel(string Name, string? Description);

/// <summary>An object schema: an immutable record with a JSON converter and, for request shapes, a validator.</summary>
internal sealed record RecordModel(string Name, string? Description, EquatableArray<PropertyModel> Properties)
    : TypeModel(Name, Description)
{
    /// <summary>The union this record is a case of, if any: it derives from that union's base record.</summary>
    public string? BaseType { get; init; }
}

/// <summary>A string enum that keeps unknown values readable.</summary>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members)
    : TypeModel(Name, Description);

internal sealed record EnumMemberModel(string Name, string WireValue);

/// <summary>A <c>oneOf</c> of records, told apart by the properties each case requires.</summary>
internal sealed record UnionModel(string Name, string? Description, EquatableArray<UnionCaseModel> Cases)
    : TypeModel(Name, Description);

/// <summary>One case of a union: the record and the wire names whose presence identifies it.</summary>
internal sealed record UnionCaseModel(string TypeName, EquatableArray<string> DistinguishingProperties);

/// <summary>A property of a record.</summary>
internal sealed record PropertyModel
{
    public string WireName { get; init; } = "";

    public string Name { get; init; } = "";

    public TypeRef Type { get; init; } = TypeRef.String;

    /// <summary>Listed in the schema's <c>required</c>: a C# <c>required</c> member.</summary>
    public bool IsRequired { get; init; }

    /// <summary>May be JSON <c>null</c> on the wire.</summary>
    public bool IsNullable { get; init; }

    public string? Description { get; init; }

    public bool IsSensitive { get; init; }

    /// <summary>Other wire names accepted when reading.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    public RuleSet Rules { get; init; } = RuleSet.None;
}
