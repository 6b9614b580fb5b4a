using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes one operation group as an interface (for mocking) and a class: the client itself for the root group,
/// <c>CustomersOperations</c> and the like below it.
/// </summary>
internal static class OperationGroupEmitter
{
    private const string Connection = RuntimeNames.ApiConnection;

    public static IEnumerable<GeneratedFile> Emit(ClientModel client, OperationGroupModel group, IReadOnlyDictionary<string, TypeModel> types)
    {
        var isRoot = group.Path.IsEmpty;
        var className = isRoot ? client.ClientName : group.ClassName;
        var interfaceName = "I" + className;
        yield return EmitInterface(client, group, interfaceName);
        yield return EmitClass(client, group, className, interfaceName, isRoot, types);
        foreach (var operation in group.Operations.Where(o => o.Response.Kind == ResponseKind.Variants))
        {
            yield return ResponseVariantsEmitter.Emit(client, operation);
        }
    }

    private static GeneratedFile EmitInterface(ClientModel client, OperationGroupModel group, string interfaceName)
    {
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.Summary(GroupSummary(client, group));
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial interface {interfaceName}");
        var first = true;
        foreach (var child in group.Children)
        {
            Separate(writer, ref first);
            writer.Line($"/// <summary>The {SourceWriter.Xml(Words(child.PropertyName))} operations.</summary>");
            writer.Line($"global::{client.Namespace}.I{child.ClassName} {child.PropertyName} {{ get; }}");
        }

        foreach (var operation in group.Operations)
        {
            Separate(writer, ref first);
            OperationMethodEmitter.WriteDocumentation(writer, client, operation);
            writer.Line(OperationMethodEmitter.Signature(client, operation) + ";");
            if (operation.Response.PageItem is not null)
            {
                writer.Line();
                OperationMethodEmitter.WriteAutoPagingDocumentation(writer, client, operation);
                writer.Line(OperationMethodEmitter.AutoPagingSignature(client, operation) + ";");
            }
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{interfaceName}.g.cs", writer.ToString());
    }

    private static GeneratedFile EmitClass(ClientModel client, OperationGroupModel group, string className, string interfaceName, bool isRoot, IReadOnlyDictionary<string, TypeModel> types)
    {
        var ns = client.Namespace;
        var writer = EmitConventions.StartFile(ns);
        writer.Summary(GroupSummary(client, group));
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed partial class {className} : global::{ns}.{interfaceName}");
        writer.Line($"private readonly {Connection} _connection;");
        writer.Line();
        foreach (var operation in group.Operations)
        {
            OperationMethodEmitter.WriteOperationField(writer, client, operation);
        }

        foreach (var operation in group.Operations)
        {
            ResponseEmitter.WriteErrorReader(writer, client, operation);
        }

        if (!group.Operations.IsEmpty)
        {
            writer.Line();
        }

        writer.OpenBlock($"{(isRoot ? "private" : "internal")} {className}({Connection} connection)");
        writer.Line("_connection = connection;");
        foreach (var child in group.Children)
        {
            writer.Line($"{child.PropertyName} = new global::{ns}.{child.ClassName}(connection);");
        }

        writer.CloseBlock();
        foreach (var child in group.Children)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public global::{ns}.I{child.ClassName} {child.PropertyName} {{ get; }}");
        }

        foreach (var operation in group.Operations)
        {
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            OperationMethodEmitter.WriteImplementation(writer, client, operation, types);
            if (operation.Response.PageItem is not null)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                OperationMethodEmitter.WriteAutoPagingImplementation(writer, client, operation);
            }
        }

        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{className}.g.cs", writer.ToString());
    }

    private static string GroupSummary(ClientModel client, OperationGroupModel group) => group.Path.IsEmpty
        ? $"The client of the {client.ApiName}." + (client.Description is { Length: > 0 } description ? "\n" + description.Trim() : "")
        : $"The {Words(string.Join(" ", group.Path))} operations of the {client.ApiName}.";

    private static string Words(string pascal)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }
}
