using System.Globalization;
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
        writer.Summary(record.Description ?? $"The {record.Name} object of the {client.ApiName}.", record.Derived is { } derived
            ? $"A value whose <c>{SourceWriter.Xml(derived.DiscriminatorProperty)}</c> names another schema is read as the record that extends this one: " + string.Join(", ", derived.Cases.Select(c => $"<see cref=\"{c.Type.Name}\"/>")) + "."
            : null);
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, record.Name));
        if (record.IsDeprecated)
        {
            writer.Line(EmitConventions.ObsoleteAttribute);
        }

        var sealing = record.Derived is null ? "sealed " : "";
        writer.OpenBlock($"public {sealing}partial record {record.Name}" + (record.BaseType is null ? "" : $" : global::{ns}.{record.BaseType}"));
        var first = true;
        foreach (var property in record.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteProperty(writer, ns, property);
        }

        if (record.AdditionalProperties is { } additional)
        {
            if (!first)
            {
                writer.Line();
            }

            writer.Line("/// <summary>The properties the spec does not name, which it allows (<c>additionalProperties</c>), by name.</summary>");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeNames.Of(additional, ns)}>? {record.AdditionalPropertiesName} {{ get; init; }}");
        }

        if (record.Properties.Any(p => p.IsSensitive))
        {
            writer.Line();
            WritePrintMembers(writer, record);
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{record.Name}.g.cs", writer.ToString());
    }

    private static void WriteProperty(SourceWriter writer, string ns, PropertyModel property)
    {
        var notes = $"Sent and received as <c>{SourceWriter.Xml(property.WireName)}</c>"
            + (property.IsReadOnly ? "; read-only: received, never sent" : property.IsWriteOnly ? "; write-only: sent, not received" : "")
            + (property.DefaultValue is { } defaultValue ? $"; the server's default is <c>{SourceWriter.Xml(defaultValue)}</c>" : "")
            + (property.IsTriState ? "; left out unless set, and sent as <c>null</c> when set to null" : "")
            + (property.IsDeprecated && property.IsRequired ? "; deprecated in the spec" : "")
            + ".";
        writer.Summary(property.Description, notes);

        // C# refuses [Obsolete] on a required member (CS9042): callers must set it, so the docs say it instead.
        if (property.IsDeprecated && !property.IsRequired)
        {
            writer.Line(EmitConventions.ObsoleteAttribute);
        }

        var type = TypeNames.OfProperty(property, ns);
        if (property.IsTriState)
        {
            // The flag tells "set to null" (sent as null) from "never set" (left out).
            var field = BackingField(property);
            writer.Line($"public {type} {property.Name} {{ get => {field}; init {{ {field} = value; {SetFlag(property)} = true; }} }}");
            writer.Line();
            writer.Line($"/// <summary>Whether <see cref=\"{property.Name}\"/> was set, to a value or to null: then it is sent.</summary>");
            writer.Line($"internal bool {SetFlag(property)} {{ get; set; }}");
            writer.Line();
            writer.Line($"private {type} {field};");
            return;
        }

        var required = property.IsRequired ? "required " : "";
        var initializer = property.Constant is { } constant ? " = " + Constant(constant) + ";" : "";
        writer.Line($"public {required}{type} {property.Name} {{ get; init; }}{initializer}");
    }

    /// <summary>The field behind a tri-state property.</summary>
    public static string BackingField(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    /// <summary>The flag that says a tri-state property was set.</summary>
    public static string SetFlag(PropertyModel property) => property.Name + "IsSet";

    private static string Constant(ConstantModel constant) => constant.IsString ? SourceWriter.Literal(constant.Text) : constant.Text;

    // Records print every property by default; values the spec marks sensitive must never reach a log.
    private static void WritePrintMembers(SourceWriter writer, RecordModel record)
    {
        var modifiers = record.BaseType is not null ? "protected override" : record.Derived is not null ? "protected virtual" : "private";
        writer.Line("/// <summary>Prints the members as records do, with the values the spec marks sensitive redacted.</summary>");
        writer.OpenBlock($"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)");
        var separator = "";
        if (record.BaseType is not null)
        {
            writer.OpenBlock("if (base.PrintMembers(builder))");
            writer.Line("builder.Append(\", \");");
            writer.CloseBlock();
        }

        var printed = record.Properties.Select(p => (p.Name, p.IsSensitive)).ToList();
        if (record.AdditionalProperties is not null)
        {
            printed.Add((record.AdditionalPropertiesName, false));
        }

        foreach (var (name, sensitive) in printed)
        {
            var value = sensitive ? $"{name} is null ? \"null\" : \"[REDACTED]\"" : $"(object?){name}";
            writer.Line($"builder.Append(\"{separator}{name} = \").Append({value});");
            separator = ", ";
        }

        writer.Line("return " + (printed.Count > 0 || record.BaseType is not null ? "true" : "false") + ";");
        writer.CloseBlock();
    }
}
