using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes a <c>JsonConverter&lt;T&gt;</c> per generated type with Utf8JsonReader/Utf8JsonWriter code: no reflection,
/// so the client stays trimming- and AOT-safe. Reading is tolerant (aliases, unknown properties skipped, numbers as
/// strings); writing is strict (the documented shape, unset optional properties left out).
/// </summary>
internal static class JsonConverterEmitter
{
    private const string Json = "global::System.Text.Json";

    public static GeneratedFile Emit(ClientModel client, TypeModel type)
    {
        var ns = client.Namespace;
        var writer = EmitConventions.StartFile(ns + ".Serialization");
        var target = $"global::{ns}.{type.Name}";
        var nullableTarget = type is EnumModel ? target : target + "?";
        writer.Line($"/// <summary>Reads and writes <see cref=\"{target}\"/> as JSON, without reflection.</summary>");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed class {type.Name}JsonConverter : {Json}.Serialization.JsonConverter<{target}>");
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {nullableTarget} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => ReadValue(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {target} value, {Json}.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.Line();
        switch (type)
        {
            case RecordModel record:
                WriteRecordRead(writer, ns, record, target);
                writer.Line();
                WriteRecordWrite(writer, ns, record, target);
                break;
            case EnumModel:
                writer.Line($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader) => new({RuntimeNames.JsonRead}.String(ref reader, {SourceWriter.Literal(type.Name)}));");
                writer.Line();
                writer.Line($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value) => writer.WriteStringValue(value.Value);");
                break;
            case UnionModel union:
                WriteUnionRead(writer, ns, union, target);
                writer.Line();
                WriteUnionWrite(writer, ns, union, target);
                break;
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}Serialization.{type.Name}JsonConverter.g.cs", writer.ToString());
    }

    private static void WriteRecordRead(SourceWriter writer, string ns, RecordModel record, string target)
    {
        writer.OpenBlock($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader)");
        writer.Line($"{RuntimeNames.JsonRead}.StartObject(ref reader, {SourceWriter.Literal(record.Name)});");
        foreach (var property in record.Properties)
        {
            var local = Local(property);
            var type = TypeNames.Of(property.Type, ns);
            writer.Line($"{type}? {local} = default;");
            if (property.IsRequired)
            {
                writer.Line($"var has{property.Name} = false;");
            }
        }

        writer.OpenBlock($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        var keyword = "if";
        foreach (var property in record.Properties)
        {
            var names = new[] { property.WireName }.Concat(property.Aliases).Select(n => $"reader.ValueTextEquals({SourceWriter.Literal(n)}u8)");
            writer.OpenBlock($"{keyword} ({string.Join(" || ", names)})");
            writer.Line("reader.Read();");
            if (property.IsRequired)
            {
                writer.Line($"has{property.Name} = true;");
            }

            var read = JsonExpressions.Read(property.Type, ns, "reader", property.WireName);
            var onNull = property.IsRequired && !property.IsNullable
                ? $"throw {RuntimeNames.JsonRead}.NullNotAllowed({SourceWriter.Literal(property.WireName)})"
                : "null";
            writer.Line($"{Local(property)} = reader.TokenType == {Json}.JsonTokenType.Null ? {onNull} : {read};");
            writer.CloseBlock();
            keyword = "else if";
        }

        if (record.Properties.IsEmpty)
        {
            writer.Line($"{RuntimeNames.JsonRead}.SkipProperty(ref reader);");
        }
        else
        {
            writer.OpenBlock("else");
            writer.Line($"{RuntimeNames.JsonRead}.SkipProperty(ref reader);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        foreach (var property in record.Properties.Where(p => p.IsRequired))
        {
            writer.OpenBlock($"if (!has{property.Name})");
            writer.Line($"throw {RuntimeNames.JsonRead}.Missing({SourceWriter.Literal(record.Name)}, {SourceWriter.Literal(property.WireName)});");
            writer.CloseBlock();
        }

        writer.OpenBlock("return new " + target);
        foreach (var property in record.Properties)
        {
            var value = Local(property);
            var unwrap = property.IsRequired && !property.IsNullable ? (property.Type.IsValueType ? ".GetValueOrDefault()" : "!") : "";
            writer.Line($"{property.Name} = {value}{unwrap},");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
    }

    private static void WriteRecordWrite(SourceWriter writer, string ns, RecordModel record, string target)
    {
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in record.Properties)
        {
            var access = "value." + property.Name;
            var name = SourceWriter.Literal(property.WireName) + "u8";
            if (property.IsRequired && !property.IsNullable)
            {
                writer.Line($"writer.WritePropertyName({name});");
                writer.Line(JsonExpressions.Write(property.Type, ns, "writer", access));
                continue;
            }

            writer.OpenBlock($"if ({access} is {{ }} {Local(property)})");
            writer.Line($"writer.WritePropertyName({name});");
            writer.Line(JsonExpressions.Write(property.Type, ns, "writer", Local(property)));
            writer.CloseBlock();
            if (property.IsRequired)
            {
                writer.OpenBlock("else");
                writer.Line($"writer.WriteNull({name});");
                writer.CloseBlock();
            }
        }

        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    private static void WriteUnionRead(SourceWriter writer, string ns, UnionModel union, string target)
    {
        writer.OpenBlock($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader)");
        writer.Line($"{RuntimeNames.JsonRead}.StartObject(ref reader, {SourceWriter.Literal(union.Name)});");
        foreach (var unionCase in union.Cases)
        {
            var test = string.Join(" || ", unionCase.DistinguishingProperties.Select(p => $"{RuntimeNames.JsonRead}.HasValue(reader, {SourceWriter.Literal(p)})"));
            writer.OpenBlock($"if ({test})");
            writer.Line($"return {JsonExpressions.ConverterName(ns, unionCase.TypeName)}.ReadValue(ref reader);");
            writer.CloseBlock();
        }

        var cases = string.Join("; ", union.Cases.Select(c => $"{c.TypeName} has {string.Join(", ", c.DistinguishingProperties)}"));
        writer.Line($"throw new {Json}.JsonException({SourceWriter.Literal($"The JSON object is none of the cases of {union.Name} ({cases}).")});");
        writer.CloseBlock();
    }

    private static void WriteUnionWrite(SourceWriter writer, string ns, UnionModel union, string target)
    {
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value)");
        writer.OpenBlock("switch (value)");
        var index = 0;
        foreach (var unionCase in union.Cases)
        {
            var local = "case" + index++;
            writer.Line($"case global::{ns}.{unionCase.TypeName} {local}:");
            writer.Indent();
            writer.Line($"{JsonExpressions.ConverterName(ns, unionCase.TypeName)}.WriteValue(writer, {local});");
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line($"throw new global::System.ArgumentException(\"Unknown case of {union.Name}.\", nameof(value));");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string Local(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
}
