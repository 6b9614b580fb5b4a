using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes a <c>JsonConverter&lt;T&gt;</c> per generated type with Utf8JsonReader/Utf8JsonWriter code: no reflection,
/// so the client stays trimming- and AOT-safe. Reading is tolerant (aliases, unknown properties skipped or kept,
/// numbers as strings, unknown enum values and union cases kept); writing is strict (the documented shape).
/// </summary>
internal static class JsonConverterEmitter
{
    public const string Json = "global::System.Text.Json";

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
                RecordConverterEmitter.WriteRead(writer, ns, record, target);
                writer.Line();
                RecordConverterEmitter.WriteWrite(writer, ns, record, target);
                break;
            case EnumModel { IsNumeric: true }:
                writer.Line($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader) => new({RuntimeNames.JsonRead}.Int64(ref reader, {SourceWriter.Literal(type.Name)}));");
                writer.Line();
                writer.Line($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value) => writer.WriteNumberValue(value.Value);");
                break;
            case EnumModel:
                writer.Line($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader) => new({RuntimeNames.JsonRead}.String(ref reader, {SourceWriter.Literal(type.Name)}));");
                writer.Line();
                writer.Line($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value) => writer.WriteStringValue(value.Value);");
                break;
            case UnionModel union:
                UnionConverterEmitter.WriteRead(writer, ns, union, target);
                writer.Line();
                UnionConverterEmitter.WriteWrite(writer, ns, union, target);
                break;
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}Serialization.{type.Name}JsonConverter.g.cs", writer.ToString());
    }
}
