using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes an immutable record for an object schema.</summary>
internal static class RecordEmitter
{
    public static GeneratedFile Emit(ClientModel client, RecordModel record)
    {
        var ns = client.Namespace;
        var writer = EmitConventions.StartFile(ns);
        writer.Summary(record.Description ?? $"The {record.Name} object of the {client.ApiName}.");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, record.Name));
        writer.OpenBlock($"public sealed partial record {record.Name}" + (record.BaseType is null ? "" : $" : global::{ns}.{record.BaseType}"));

        var first = true;
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Summary(property.Description, $"Sent and received as <c>{SourceWriter.Xml(property.WireName)}</c>.");
            var required = property.IsRequired ? "required " : "";
            writer.Line($"public {required}{TypeNames.OfProperty(property, ns)} {property.Name} {{ get; init; }}");
        }

        if (record.Properties.Any(p => p.IsSensitive))
        {
            writer.Line();
            WritePrintMembers(writer, record);
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{record.Name}.g.cs", writer.ToString());
    }

    // Records print every property by default; values the spec marks sensitive must never reach a log.
    private static void WritePrintMembers(SourceWriter writer, RecordModel record)
    {
        var modifiers = record.BaseType is null ? "private" : "protected override";
        writer.Line("/// <summary>Prints the members as records do, with the values the spec marks sensitive redacted.</summary>");
        writer.OpenBlock($"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)");
        var separator = "";
        foreach (var property in record.Properties)
        {
            var value = property.IsSensitive
                ? $"{property.Name} is null ? \"null\" : \"[REDACTED]\""
                : $"(object?){property.Name}";
            writer.Line($"builder.Append(\"{separator}{property.Name} = \").Append({value});");
            separator = ", ";
        }

        writer.Line("return true;");
        writer.CloseBlock();
    }
}
