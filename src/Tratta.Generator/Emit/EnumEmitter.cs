using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes an enum as an extensible struct: the known values are static properties, and a value the spec does not
/// list (a server newer than the spec) is kept as it came instead of failing the read. A numeric enum holds a long.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ClientModel client, EnumModel model)
    {
        var writer = EmitConventions.StartFile(client.Namespace);
        var name = model.Name;
        var numeric = model.IsNumeric;
        var valueType = numeric ? "long" : "string";
        string Literal(string wireValue) => numeric ? wireValue + "L" : SourceWriter.Literal(wireValue);
        writer.Summary(
            model.Description,
            "Known values: " + string.Join(", ", model.Members.Select(m => $"<c>{SourceWriter.Xml(m.WireValue)}</c>")) + ". Other values the server sends are kept (see <see cref=\"IsKnown\"/>).");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, name));
        if (model.IsDeprecated)
        {
            writer.Line(EmitConventions.ObsoleteAttribute);
        }

        writer.OpenBlock($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        writer.Line(numeric ? "private readonly long _value;" : "private readonly string? _value;");
        writer.Line();
        writer.Line($"/// <summary>Creates a value of <see cref=\"{name}\"/>; prefer the static properties for known values.</summary>");
        writer.Line("/// <param name=\"value\">The value as it is sent and received.</param>");
        writer.OpenBlock($"public {name}({valueType} value)");
        if (!numeric)
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        }

        writer.Line("_value = value;");
        writer.CloseBlock();

        foreach (var member in model.Members)
        {
            writer.Line();
            writer.Summary(member.Description, $"The value <c>{SourceWriter.Xml(member.WireValue)}</c>.");
            writer.Line($"public static {name} {member.Name} {{ get; }} = new({Literal(member.WireValue)});");
        }

        writer.Line();
        writer.Line("/// <summary>The value as it is sent and received.</summary>");
        writer.Line(numeric ? "public long Value => _value;" : "public string Value => _value ?? \"\";");
        writer.Line();
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        writer.Line("public bool IsKnown => " + (model.Members.IsEmpty ? "false" : "Value is " + string.Join(" or ", model.Members.Select(m => Literal(m.WireValue)))) + ";");
        writer.Line();
        writer.Line("/// <summary>Whether two values are the same wire value.</summary>");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Whether two values are different wire values.</summary>");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(numeric ? $"public bool Equals({name} other) => Value == other.Value;" : $"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(numeric ? "public override int GetHashCode() => Value.GetHashCode();" : "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(numeric ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);" : "public override string ToString() => Value;");
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.g.cs", writer.ToString());
    }
}
