using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes a <c>oneOf</c>/<c>anyOf</c> union. When its cases are records of their own, the union is their abstract base
/// and a caller tells them apart with a type pattern (<c>charge is ScheduledCharge scheduled</c>); otherwise it is a
/// record with one property per case (<c>content.String</c>, <c>content.ContentPartList</c>), of which one is set.
/// Either way a value that fits no case is kept, as <c>Unknown</c>, and written back unchanged.
/// </summary>
internal static class UnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static GeneratedFile Emit(ClientModel client, UnionModel union)
    {
        var writer = EmitConventions.StartFile(client.Namespace);
        var cases = string.Join(", ", union.Cases.Select(c => CaseDoc(union, c)));
        writer.Summary(union.Description, "One of: " + cases + ".");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, union.Name));
        if (union.IsDeprecated)
        {
            writer.Line(EmitConventions.ObsoleteAttribute);
        }

        if (union.IsHierarchy)
        {
            WriteHierarchy(writer, union);
        }
        else
        {
            WriteWrapper(writer, client.Namespace, union);
        }

        return new GeneratedFile($"{client.HintPrefix}{union.Name}.g.cs", writer.ToString());
    }

    private static string CaseDoc(UnionModel union, UnionCaseModel unionCase)
    {
        var name = unionCase.Type.IsGenerated ? $"<see cref=\"{unionCase.Type.Name}\"/>" : $"<c>{SourceWriter.Xml(unionCase.Name)}</c>";
        if (union.DiscriminatorProperty is { } tag && !unionCase.TagValues.IsEmpty)
        {
            return $"{name} (<c>{SourceWriter.Xml(tag)}</c> is {string.Join(" or ", unionCase.TagValues.Select(v => $"<c>{SourceWriter.Xml(v)}</c>"))})";
        }

        return unionCase.RequiredProperties.IsEmpty ? name : $"{name} (has {string.Join(" and ", unionCase.RequiredProperties.Select(p => $"<c>{SourceWriter.Xml(p)}</c>"))})";
    }

    private static void WriteHierarchy(SourceWriter writer, UnionModel union)
    {
        writer.OpenBlock($"public abstract partial record {union.Name}");
        writer.Line("/// <summary>Only the generated cases derive from this type.</summary>");
        writer.OpenBlock($"private protected {union.Name}()");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>A value that fits none of the cases the spec lists (a server newer than the spec): kept as it came, and written back unchanged.</summary>");
        writer.Line("/// <param name=\"Json\">The value.</param>");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line($"public sealed record Unknown({JsonElement} Json) : {union.Name};");
        writer.CloseBlock();
    }

    private static void WriteWrapper(SourceWriter writer, string ns, UnionModel union)
    {
        var name = union.Name;
        writer.OpenBlock($"public sealed partial record {name}");
        writer.OpenBlock($"private {name}()");
        writer.CloseBlock();
        var duplicates = union.Cases.GroupBy(c => TypeNames.Of(c.Type, ns)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var unionCase in union.Cases)
        {
            var type = TypeNames.Of(unionCase.Type, ns);
            writer.Line();
            writer.Line($"/// <summary>The value, when it is {CaseDoc(union, unionCase)}; null otherwise.</summary>");
            writer.Line($"public {type}? {unionCase.Name} {{ get; private init; }}");
            writer.Line();
            writer.Line($"/// <summary>The union holding {CaseDoc(union, unionCase)}.</summary>");
            writer.Line("/// <param name=\"value\">The value.</param>");
            writer.Line("/// <returns>The union.</returns>");
            writer.Line($"public static {name} From{unionCase.Name}({type} value) => new() {{ {unionCase.Name} = value }};");

            // A conversion from an interface (a list, a map) is not allowed, nor two from one type.
            if (!unionCase.Type.IsInterface && unionCase.Type.Kind != Model.TypeKind.Json && !duplicates.Contains(type))
            {
                writer.Line();
                writer.Line($"/// <summary>The union holding {CaseDoc(union, unionCase)}.</summary>");
                writer.Line("/// <param name=\"value\">The value.</param>");
                writer.Line($"public static implicit operator {name}({type} value) => From{unionCase.Name}(value);");
            }
        }

        writer.Line();
        writer.Line("/// <summary>A value that fits none of the cases the spec lists (a server newer than the spec): kept as it came, and written back unchanged.</summary>");
        writer.Line($"public {JsonElement}? Unknown {{ get; private init; }}");
        writer.Line();
        writer.Line("/// <summary>The union holding a value of none of the cases, sent as it is.</summary>");
        writer.Line("/// <param name=\"json\">The value.</param>");
        writer.Line("/// <returns>The union.</returns>");
        writer.Line($"public static {name} FromUnknown({JsonElement} json) => new() {{ Unknown = json }};");
        writer.Line();
        writer.Line("/// <summary>Whichever case the union holds, as an object: test it with a type pattern.</summary>");
        var values = string.Join(" ?? ", union.Cases.Select(c => $"(object?){c.Name}").Append("(object?)Unknown"));
        writer.Line($"public object? Value => {values};");
        writer.CloseBlock();
    }
}
