using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Builds an enum from an <c>enum</c> list, a <c>oneOf</c> of <c>const</c> cases (Discord's named integers, each case's
/// <c>title</c> naming its member), or string cases some of which list values (an open enum). Every value gets a member
/// name that is a C# identifier and unique in the enum: <c>3DSECURE</c> → <c>_3DSECURE</c>, <c>""</c> → <c>Empty</c>,
/// <c>-1</c> → <c>ValueMinus1</c>.
/// </summary>
internal static class EnumBuilder
{
    // Members of the generated struct, and the names every type has.
    private static readonly string[] ReservedMembers = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    public static EnumModel Build(string name, SpecSchema schema)
    {
        var values = new List<(string Value, string? Title, string? Description)>();
        var cases = SchemaFacts.UnionCases(schema);
        var numeric = SchemaFacts.SingleType(schema) is "integer" or "number";
        if (cases.Count > 0)
        {
            foreach (var unionCase in cases)
            {
                foreach (var value in SchemaFacts.ListedValues(unionCase))
                {
                    values.Add((value, unionCase.Title, unionCase.Description));
                }
            }

            numeric |= cases.All(c => c.Const is not null ? c.ConstIsNumeric : c.EnumIsNumeric || SchemaFacts.SingleType(c) is "integer" or "number");
        }
        else
        {
            values.AddRange(SchemaFacts.ListedValues(schema).Select(v => (v, (string?)null, (string?)null)));
            numeric |= schema.EnumIsNumeric || (schema.Const is not null && schema.ConstIsNumeric);
        }

        // A numeric enum holds whole numbers: a value that is not one makes it a string enum.
        numeric &= values.All(v => long.TryParse(v.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

        var names = new NameRegistry(ReservedMembers.Append(name));
        var members = new List<EnumMemberModel>();
        foreach (var (value, title, description) in values.GroupBy(v => v.Value).Select(g => g.First()))
        {
            var memberName = names.Reserve(MemberName(value, title, numeric));
            members.Add(new EnumMemberModel(memberName, value, description ?? title));
        }

        return new EnumModel(name, schema.Description, members.ToEquatableArray()) { IsNumeric = numeric, IsDeprecated = schema.Deprecated };
    }

    private static string MemberName(string value, string? title, bool numeric)
    {
        if (title is not null && Naming.Pascal(title) is { Length: > 0 } fromTitle)
        {
            return fromTitle;
        }

        if (numeric)
        {
            return "Value" + (value.StartsWith("-", System.StringComparison.Ordinal) ? "Minus" + value.Substring(1) : value);
        }

        return Naming.Pascal(value) is { Length: > 0 } pascal ? pascal : value.Length == 0 ? "Empty" : "Value";
    }
}
