using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes the abstract base record of a <c>oneOf</c>: each case record derives from it, so a caller tells the cases
/// apart with a type pattern (<c>charge is ScheduledCharge scheduled</c>).
/// </summary>
internal static class UnionEmitter
{
    public static GeneratedFile Emit(ClientModel client, UnionModel union)
    {
        var writer = EmitConventions.StartFile(client.Namespace);
        var cases = string.Join(", ", union.Cases.Select(c =>
            $"<see cref=\"{c.TypeName}\"/> (has {string.Join(" and ", c.DistinguishingProperties.Select(p => $"<c>{SourceWriter.Xml(p)}</c>"))})"));
        writer.Summary(union.Description, "One of: " + cases + ".");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.Line(EmitConventions.JsonConverterAttribute(client, union.Name));
        writer.OpenBlock($"public abstract partial record {union.Name}");
        writer.Line("/// <summary>Only the generated cases derive from this type.</summary>");
        writer.OpenBlock($"private protected {union.Name}()");
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{union.Name}.g.cs", writer.ToString());
    }
}
