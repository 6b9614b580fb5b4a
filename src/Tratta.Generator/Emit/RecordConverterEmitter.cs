using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// The read and write methods of a record's converter. Reading accepts aliases, keeps the properties the spec allows
/// beyond the declared ones, and fails only on a missing required property or a null the spec does not allow;
/// writing leaves out read-only properties and unset optional ones (a tri-state one that was set to null is sent as
/// null). A base with a discriminator reads and writes the record that extends it.
/// </summary>
internal static class RecordConverterEmitter
{
    private const string Json = JsonConverterEmitter.Json;

    public static void WriteRead(SourceWriter writer, string ns, RecordModel record, string target)
    {
        writer.OpenBlock($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader)");
        if (record.Derived is { } derived)
        {
            writer.OpenBlock($"switch ({RuntimeNames.JsonRead}.PropertyText(reader, {SourceWriter.Literal(derived.DiscriminatorProperty)}))");
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var unionCase in derived.Cases)
            {
                // A value two derived records claim selects the first.
                var tags = unionCase.TagValues.Where(seen.Add).ToList();
                if (tags.Count == 0)
                {
                    continue;
                }

                foreach (var tag in tags)
                {
                    writer.Line($"case {SourceWriter.Literal(tag)}:");
                }

                writer.Indent();
                writer.Line($"return {JsonExpressions.ConverterName(ns, unionCase.Type.Name!)}.ReadValue(ref reader);");
                writer.Outdent();
            }

            writer.CloseBlock();
        }

        writer.Line($"{RuntimeNames.JsonRead}.StartObject(ref reader, {SourceWriter.Literal(record.Name)});");
        var properties = record.AllProperties.ToList();
        foreach (var property in properties)
        {
            writer.Line($"{TypeNames.Of(property.Type, ns)}? {Local(property)} = default;");
            if (NeedsPresenceFlag(property))
            {
                writer.Line($"var has{property.Name} = false;");
            }
        }

        var additionalType = record.AdditionalProperties is { } additional ? TypeNames.Of(additional, ns) : null;
        if (additionalType is not null)
        {
            writer.Line($"global::System.Collections.Generic.Dictionary<string, {additionalType}>? additional = null;");
        }

        writer.OpenBlock($"while ({RuntimeNames.JsonProperties}.Next(ref reader))");
        var keyword = "if";
        foreach (var property in properties)
        {
            var names = new[] { property.WireName }.Concat(property.Aliases).Select(n => $"{RuntimeNames.JsonProperties}.Is(ref reader, {SourceWriter.Literal(n)}u8)");
            var read = JsonExpressions.Read(property.Type, ns, "reader", property.WireName);
            var onNull = property.IsRequired && !property.IsNullable
                ? $"throw {RuntimeNames.JsonRead}.NullNotAllowed({SourceWriter.Literal(property.WireName)})"
                : "null";
            var assignment = $"{Local(property)} = {RuntimeNames.JsonProperties}.HasValue(ref reader) ? {read} : {onNull};";
            var condition = $"{keyword} ({string.Join(" || ", names)})";
            keyword = "else if";

            // One line per property: a large client has thousands, and they are most of what the compiler reads.
            if (!NeedsPresenceFlag(property))
            {
                writer.Line($"{condition} {assignment}");
                continue;
            }

            writer.OpenBlock(condition);
            writer.Line($"has{property.Name} = true;");
            writer.Line(assignment);
            writer.CloseBlock();
        }

        if (keyword == "else if")
        {
            writer.OpenBlock("else");
        }

        if (record.AdditionalProperties is { } valueType)
        {
            // The properties the spec allows beyond the declared ones are kept, by name.
            writer.Line("var name = reader.GetString()!;");
            writer.Line("reader.Read();");
            writer.Line($"(additional ??= new global::System.Collections.Generic.Dictionary<string, {additionalType}>(global::System.StringComparer.Ordinal))[name] = {JsonExpressions.Read(valueType, ns, "reader", "(additional property)")};");
        }
        else
        {
            writer.Line($"{RuntimeNames.JsonRead}.SkipProperty(ref reader);");
        }

        if (keyword == "else if")
        {
            writer.CloseBlock();
        }

        writer.CloseBlock();
        foreach (var property in properties.Where(p => p.IsRequired && !p.IsWriteOnly))
        {
            writer.OpenBlock($"if (!has{property.Name})");
            writer.Line($"throw {RuntimeNames.JsonRead}.Missing({SourceWriter.Literal(record.Name)}, {SourceWriter.Literal(property.WireName)});");
            writer.CloseBlock();
        }

        var triState = properties.Where(p => p.IsTriState).ToList();
        writer.OpenBlock((triState.Count > 0 ? "var result = new " : "return new ") + target);
        foreach (var property in properties.Where(p => !p.IsTriState))
        {
            writer.Line($"{property.Name} = {Local(property)}{Unwrap(property)},");
        }

        if (record.AdditionalProperties is not null)
        {
            writer.Line($"{record.AdditionalPropertiesName} = additional,");
        }

        writer.CloseBlock(";");

        // A tri-state property is set only when the JSON has it: sent again, the record keeps what it received.
        foreach (var property in triState)
        {
            writer.OpenBlock($"if (has{property.Name})");
            writer.Line($"result = result with {{ {property.Name} = {Local(property)} }};");
            writer.CloseBlock();
        }

        if (triState.Count > 0)
        {
            writer.Line("return result;");
        }

        writer.CloseBlock();
    }

    public static void WriteWrite(SourceWriter writer, string ns, RecordModel record, string target)
    {
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        if (record.Derived is { } derived)
        {
            writer.OpenBlock("switch (value)");
            var index = 0;
            foreach (var unionCase in derived.Cases)
            {
                var local = "derived" + index++;
                writer.Line($"case global::{ns}.{unionCase.Type.Name} {local}:");
                writer.Indent();
                writer.Line($"{JsonExpressions.ConverterName(ns, unionCase.Type.Name!)}.WriteValue(writer, {local});");
                writer.Line("return;");
                writer.Outdent();
            }

            writer.CloseBlock();
        }

        writer.Line("writer.WriteStartObject();");
        foreach (var property in record.AllProperties.Where(p => !p.IsReadOnly))
        {
            var access = "value." + property.Name;
            var name = SourceWriter.Literal(property.WireName) + "u8";
            if (property.IsTriState)
            {
                writer.OpenBlock($"if (value.{RecordEmitter.SetFlag(property)})");
                writer.Line($"writer.WritePropertyName({name});");
                writer.OpenBlock($"if ({access} is {{ }} {Local(property)})");
                writer.Line(JsonExpressions.Write(property.Type, ns, "writer", Local(property)));
                writer.CloseBlock();
                writer.OpenBlock("else");
                writer.Line("writer.WriteNullValue();");
                writer.CloseBlock();
                writer.CloseBlock();
                continue;
            }

            if (ScalarWriter(property) is { } scalar && (TypeNames.IsNonNull(property) || !property.IsRequired))
            {
                writer.Line($"{RuntimeNames.JsonProperties}.{scalar}(writer, {name}, {access});");
                continue;
            }

            if (TypeNames.IsNonNull(property))
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

        if (record.AdditionalProperties is { } valueType)
        {
            writer.OpenBlock($"if (value.{record.AdditionalPropertiesName} is {{ }} additional)");
            writer.OpenBlock("foreach (var entry in additional)");
            writer.Line("writer.WritePropertyName(entry.Key);");
            writer.Line(JsonExpressions.Write(valueType, ns, "writer", "entry.Value"));
            writer.CloseBlock();
            writer.CloseBlock();
        }

        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    /// <summary>The <c>JsonProperties</c> method that writes the property in one call (nothing when null), if its type has one.</summary>
    private static string? ScalarWriter(PropertyModel property) => property.Type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.UInt64 => "UInt64",
        TypeKind.Decimal => "Decimal",
        TypeKind.Double => "Double",
        TypeKind.Boolean => "Boolean",
        TypeKind.Guid => "Guid",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        _ => null,
    };

    private static bool NeedsPresenceFlag(PropertyModel property) => (property.IsRequired && !property.IsWriteOnly) || property.IsTriState;

    private static string Unwrap(PropertyModel property)
    {
        if (!TypeNames.IsNonNull(property))
        {
            return "";
        }

        if (!property.IsRequired && property.Constant is { } constant)
        {
            return " ?? " + (constant.IsString ? SourceWriter.Literal(constant.Text) : constant.Text);
        }

        return property.Type.IsValueType ? ".GetValueOrDefault()" : "!";
    }

    private static string Local(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
}
