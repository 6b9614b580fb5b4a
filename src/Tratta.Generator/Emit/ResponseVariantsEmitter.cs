using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes the result class of an operation whose success statuses carry different bodies: <c>Status</c>, and one
/// property per status that holds its body when that status came.
/// </summary>
internal static class ResponseVariantsEmitter
{
    public static GeneratedFile Emit(ClientModel client, OperationModel operation)
    {
        var variants = operation.Response.Variants!;
        var name = variants.ClassName;
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.Summary($"What {operation.HttpMethod} {operation.PathTemplate} answered: which success status, and its body.");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed class {name}");
        writer.OpenBlock($"private {name}(int status)");
        writer.Line("Status = status;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>The success status the server answered with.</summary>");
        writer.Line("public int Status { get; }");
        foreach (var variant in variants.Cases.Where(v => v.Kind != ResponseKind.None))
        {
            writer.Line();
            writer.Line($"/// <summary>The body of a {SourceWriter.Xml(variant.StatusCode)} response; null when another status came.</summary>");
            writer.Line($"public {TypeNames.Of(variant.Type!, client.Namespace)}? {variant.PropertyName} {{ get; private init; }}");
        }

        writer.Line();
        writer.OpenBlock($"internal static {name} Read(int status, byte[] body) => status switch");
        foreach (var variant in variants.Cases)
        {
            var pattern = variant.StatusCode.EndsWith("XX", System.StringComparison.OrdinalIgnoreCase) ? $">= {variant.StatusCode[0]}00 and < {(char)(variant.StatusCode[0] + 1)}00" : variant.StatusCode;
            var value = variant.Kind switch
            {
                ResponseKind.Json => ResponseEmitter.ReadDocument(client, variant.Type!, "(response)"),
                ResponseKind.Text => "global::System.Text.Encoding.UTF8.GetString(body)",
                ResponseKind.File => "body",
                _ => null,
            };
            writer.Line(value is null ? $"{pattern} => new {name}(status)," : $"{pattern} => new {name}(status) {{ {variant.PropertyName} = {value} }},");
        }

        writer.Line($"_ => new {name}(status),");
        writer.Outdent();
        writer.Line("};");
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.g.cs", writer.ToString());
    }
}
