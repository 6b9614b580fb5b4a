using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// The read and write methods of a union's converter. Reading picks the case by the discriminator when there is one,
/// else by the JSON value's kind and, for objects, by the properties present (the first case whose required
/// properties are all there, the closest among several); a value no case fits is kept as <c>Unknown</c>. Writing
/// writes the case the union holds, and an unknown value back unchanged.
/// </summary>
internal static class UnionConverterEmitter
{
    private const string Json = JsonConverterEmitter.Json;
    private const int MaxNames = 64;

    public static void WriteRead(SourceWriter writer, string ns, UnionModel union, string target)
    {
        var objectCases = union.Cases.Where(c => c.Kinds == JsonKinds.Object && c.Type.Kind == TypeKind.Named).ToList();
        var shapeCases = union.DiscriminatorProperty is null && objectCases.Count > 1 ? objectCases : new List<UnionCaseModel>();
        var names = shapeCases.SelectMany(c => c.KnownProperties.Concat(c.RequiredProperties)).Distinct().Take(MaxNames).ToList();
        if (shapeCases.Count > 0)
        {
            writer.Line($"private static readonly string[] ObjectNames = {{ {string.Join(", ", names.Select(SourceWriter.Literal))} }};");
            writer.Line($"private static readonly ulong[] ObjectRequired = {{ {string.Join(", ", shapeCases.Select(c => Mask(c.RequiredProperties, names)))} }};");
            writer.Line($"private static readonly ulong[] ObjectKnown = {{ {string.Join(", ", shapeCases.Select(c => Mask(c.KnownProperties, names)))} }};");
            if (shapeCases.Any(c => !c.FixedValues.IsEmpty))
            {
                // Per case, per name: the one value the case allows there (its "object": "card"), or null.
                var values = shapeCases.Select(c => "new string?[] { " + string.Join(", ", names.Select(n => c.FixedValues.FirstOrDefault(f => f.Property == n) is { } fixedValue ? SourceWriter.Literal(fixedValue.Value) : "null")) + " }");
                writer.Line($"private static readonly string?[][] ObjectValues = {{ {string.Join(", ", values)} }};");
            }
            writer.Line();
        }

        writer.OpenBlock($"internal static {target} ReadValue(ref {Json}.Utf8JsonReader reader)");
        writer.OpenBlock("switch (reader.TokenType)");
        writer.Line($"case {Json}.JsonTokenType.StartObject:");
        writer.Indent();
        if (union.DiscriminatorProperty is { } tag && union.Cases.Any(c => !c.TagValues.IsEmpty))
        {
            writer.OpenBlock($"switch ({RuntimeNames.JsonRead}.PropertyText(reader, {SourceWriter.Literal(tag)}))");
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var tagged = 0;
            foreach (var unionCase in union.Cases.Where(c => !c.TagValues.IsEmpty))
            {
                // A tag value two cases claim selects the first (the model warned about it).
                var values = unionCase.TagValues.Where(seen.Add).ToList();
                if (values.Count == 0)
                {
                    continue;
                }

                foreach (var value in values)
                {
                    writer.Line($"case {SourceWriter.Literal(value)}:");
                }

                // A value its tag names but that does not fit that case is kept as it came (Unknown), not lost.
                var local = "tagged" + (tagged++).ToString(CultureInfo.InvariantCulture);
                var read = JsonExpressions.Read(unionCase.Type, ns, "caseReader", union.Name);
                writer.Indent();
                writer.OpenBlock($"if ({RuntimeNames.JsonRead}.TryCase(ref reader, static (ref {Json}.Utf8JsonReader caseReader) => {read}, out var {local}))");
                writer.Line($"return {WrapValue(ns, union, unionCase, local)};");
                writer.CloseBlock();
                writer.Line("break;");
                writer.Outdent();
            }

            writer.CloseBlock();
        }
        else if (shapeCases.Count > 0)
        {
            var fixedValues = shapeCases.Any(c => !c.FixedValues.IsEmpty) ? ", ObjectValues" : "";
            writer.OpenBlock($"switch ({RuntimeNames.JsonRead}.MatchObject(reader, ObjectNames, ObjectRequired, ObjectKnown{fixedValues}))");
            for (var i = 0; i < shapeCases.Count; i++)
            {
                writer.Line($"case {i.ToString(CultureInfo.InvariantCulture)}:");
                writer.Indent();
                writer.Line($"return {Wrap(ns, union, shapeCases[i])};");
                writer.Outdent();
            }

            writer.CloseBlock();
        }
        else if (union.Cases.FirstOrDefault(c => (c.Kinds & JsonKinds.Object) != 0 && c.Kinds != AllKinds) is { } objectCase)
        {
            writer.Line($"return {Wrap(ns, union, objectCase)};");
        }

        // After the one object case that takes every object, a break would never be reached (CS0162).
        if (union.DiscriminatorProperty is not null && union.Cases.Any(c => !c.TagValues.IsEmpty) || shapeCases.Count > 0
            || !union.Cases.Any(c => (c.Kinds & JsonKinds.Object) != 0 && c.Kinds != AllKinds))
        {
            writer.Line("break;");
        }

        writer.Outdent();
        WriteKindCase(writer, ns, union, "StartArray", JsonKinds.Array);
        WriteKindCase(writer, ns, union, "String", JsonKinds.String);
        WriteNumberCase(writer, ns, union);
        WriteKindCase(writer, ns, union, "True", JsonKinds.Boolean, alsoToken: "False");
        writer.CloseBlock();

        // A case of free-form JSON takes anything; else the value is kept as it came.
        if (union.Cases.FirstOrDefault(c => c.Kinds == AllKinds) is { } anything)
        {
            writer.Line($"return {Wrap(ns, union, anything)};");
        }
        else
        {
            writer.Line($"return {Unknown(ns, union, $"{Json}.JsonElement.ParseValue(ref reader)")};");
        }

        writer.CloseBlock();
    }

    public static void WriteWrite(SourceWriter writer, string ns, UnionModel union, string target)
    {
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {target} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        if (union.IsHierarchy)
        {
            writer.OpenBlock("switch (value)");
            var index = 0;
            foreach (var unionCase in union.Cases)
            {
                var local = "case" + index++;
                writer.Line($"case global::{ns}.{unionCase.Type.Name} {local}:");
                writer.Indent();
                writer.Line($"{JsonExpressions.ConverterName(ns, unionCase.Type.Name!)}.WriteValue(writer, {local});");
                writer.Line("break;");
                writer.Outdent();
            }

            writer.Line($"case global::{ns}.{union.Name}.Unknown unknown:");
            writer.Indent();
            writer.Line("unknown.Json.WriteTo(writer);");
            writer.Line("break;");
            writer.Outdent();
            writer.Line("default:");
            writer.Indent();
            writer.Line($"throw new global::System.ArgumentException(\"Unknown case of {union.Name}.\", nameof(value));");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            return;
        }

        var keyword = "if";
        var index2 = 0;
        foreach (var unionCase in union.Cases)
        {
            var local = "case" + index2++;
            writer.OpenBlock($"{keyword} (value.{unionCase.Name} is {{ }} {local})");
            writer.Line(JsonExpressions.Write(unionCase.Type, ns, "writer", local));
            writer.CloseBlock();
            keyword = "else if";
        }

        writer.OpenBlock($"{keyword} (value.Unknown is {{ }} unknown)");
        writer.Line("unknown.WriteTo(writer);");
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.Line("writer.WriteNullValue();");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private const int AllKinds = JsonKinds.Object | JsonKinds.Array | JsonKinds.String | JsonKinds.Integer | JsonKinds.Number | JsonKinds.Boolean;

    private static void WriteKindCase(SourceWriter writer, string ns, UnionModel union, string token, int kind, string? alsoToken = null)
    {
        if (union.Cases.FirstOrDefault(c => (c.Kinds & kind) != 0 && c.Kinds != AllKinds) is not { } unionCase)
        {
            return;
        }

        writer.Line($"case {Json}.JsonTokenType.{token}:");
        if (alsoToken is not null)
        {
            writer.Line($"case {Json}.JsonTokenType.{alsoToken}:");
        }

        writer.Indent();
        writer.Line($"return {Wrap(ns, union, unionCase)};");
        writer.Outdent();
    }

    // A whole number goes to an integer case when there is one, any other number to a number case.
    private static void WriteNumberCase(SourceWriter writer, string ns, UnionModel union)
    {
        var integer = union.Cases.FirstOrDefault(c => (c.Kinds & JsonKinds.Integer) != 0 && c.Kinds != AllKinds);
        var number = union.Cases.FirstOrDefault(c => (c.Kinds & JsonKinds.Number) != 0 && c.Kinds != AllKinds);
        if (integer is null && number is null)
        {
            return;
        }

        writer.Line($"case {Json}.JsonTokenType.Number:");
        writer.Indent();
        if (integer is not null && number is not null && integer != number)
        {
            writer.Line($"return reader.TryGetInt64(out _) ? {Wrap(ns, union, integer)} : {Wrap(ns, union, number)};");
        }
        else
        {
            writer.Line($"return {Wrap(ns, union, integer ?? number!)};");
        }

        writer.Outdent();
    }

    private static string Wrap(string ns, UnionModel union, UnionCaseModel unionCase)
    {
        var read = JsonExpressions.Read(unionCase.Type, ns, "reader", union.Name);
        return union.IsHierarchy ? read : $"global::{ns}.{union.Name}.From{unionCase.Name}({read})";
    }

    private static string WrapValue(string ns, UnionModel union, UnionCaseModel unionCase, string value) =>
        union.IsHierarchy ? value : $"global::{ns}.{union.Name}.From{unionCase.Name}({value})";

    private static string Unknown(string ns, UnionModel union, string json) =>
        union.IsHierarchy ? $"new global::{ns}.{union.Name}.Unknown({json})" : $"global::{ns}.{union.Name}.FromUnknown({json})";

    private static string Mask(IEnumerable<string> properties, List<string> names)
    {
        ulong mask = 0;
        foreach (var property in properties)
        {
            var index = names.IndexOf(property);
            if (index >= 0)
            {
                mask |= 1UL << index;
            }
        }

        return "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";
    }
}
