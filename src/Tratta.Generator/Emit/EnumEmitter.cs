using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes a string enum as an extensible struct: the known values are static properties, and a value the spec does
/// not list (a server newer than the spec) is kept as it came instead of failing the read.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ClientModel client, EnumModel model)
    {
        var writer = EmitConventions.StartFile(client.Namespace);
        var name = model.Name;
        writer.Summary(
            model.Description,
            "Known values: " + string.Join(", ", model.Members.Select(m => $"<c>{SourceWriter.Xml(m.WireValue)}</c>")) + ". Other values the server sends are kept (see <see cref=\"IsKnown\"/>).");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, name));
        writer.OpenBlock($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Line($"/// <summary>Creates a value of <see cref=\"{name}\"/>; prefer the static properties for known values.</summary>");
        writer.OpenBlock($"public {name}(string value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("_value = value;");
        writer.CloseBlock();

        foreach (var member in model.Members)
        {
            writer.Line();
            writer.Line($"/// <summary>The value <c>{SourceWriter.Xml(member.WireValue)}</c>.</summary>");
            writer.Line($"public static {name} {member.Name} {{ get; }} = new({SourceWriter.Literal(member.WireValue)});");
        }

        writer.Line();
        writer.Line("/// <summary>The value as it is sent and received.</summary>");
        writer.Line("public string Value => _value ?? \"\";");
        writer.Line();
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        writer.Line("public bool IsKnown => " + (model.Members.IsEmpty ? "false" : "Value is " + string.Join(" or ", model.Members.Select(m => SourceWriter.Literal(m.WireValue)))) + ";");
        writer.Line();
        writer.Line("/// <summary>Whether two values are the same wire value.</summary>");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Whether two values are different wire values.</summary>");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override string ToString() => Value;");
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.g.cs", writer.ToString());
    }
}
