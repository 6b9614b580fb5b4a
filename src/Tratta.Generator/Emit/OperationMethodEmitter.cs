using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes one client method: signature, XML docs, and the body that builds, sends and reads the request.</summary>
internal static class OperationMethodEmitter
{
    private const string ObsoleteAttribute = "[global::System.Obsolete(\"The spec marks this operation deprecated.\")]";

    public static string Signature(ClientModel client, OperationModel operation)
    {
        var parameters = Parameters(client, operation).Select(p => p.Declaration).Append("global::System.Threading.CancellationToken cancellationToken = default");
        return $"{ResponseEmitter.ReturnType(client, operation)} {operation.Name}Async({string.Join(", ", parameters)})";
    }

    public static void WriteDocumentation(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        writer.Summary(operation.Summary ?? $"{operation.HttpMethod} {operation.PathTemplate}");
        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            writer.Line("/// <remarks>");
            foreach (var line in SourceWriter.Lines(operation.Description!))
            {
                writer.Line(("/// " + SourceWriter.Xml(line)).TrimEnd());
            }

            writer.Line("/// </remarks>");
        }

        foreach (var parameter in Parameters(client, operation))
        {
            writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{SourceWriter.XmlLine(parameter.Description)}</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        writer.Line($"/// <returns>{ResponseEmitter.ReturnsDocumentation(operation)}</returns>");
        if (IsValidated(client, operation))
        {
            writer.Line($"/// <exception cref=\"{RuntimeNames.ApiValidationException}\">The request breaks the spec's rules (nothing was sent; <c>Errors</c> has every error), or the server answered 422.</exception>");
        }

        writer.Line($"/// <exception cref=\"{RuntimeNames.ApiException}\">{ResponseEmitter.ExceptionDocumentation(client, operation)}</exception>");
        if (operation.IsDeprecated)
        {
            writer.Line(ObsoleteAttribute);
        }
    }

    public static void WriteImplementation(SourceWriter writer, ClientModel client, OperationModel operation, IReadOnlyDictionary<string, TypeModel> types)
    {
        if (operation.IsDeprecated)
        {
            writer.Line(ObsoleteAttribute);
        }

        writer.OpenBlock("public async " + Signature(client, operation));
        foreach (var parameter in Parameters(client, operation).Where(p => p.IsReference && p.IsRequired))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }

        if (IsValidated(client, operation))
        {
            // What the server would reject is never sent: every error at once, before any byte leaves the process.
            var validate = $"{RuntimeNames.ApiValidationException}.ThrowIfInvalid({BodyEmitter.ParameterName}.Validate(_connection.TimeProvider), {OperationField(operation)}.Name);";
            if (operation.Body!.IsRequired)
            {
                writer.Line(validate);
            }
            else
            {
                writer.OpenBlock($"if ({BodyEmitter.ParameterName} is not null)");
                writer.Line(validate);
                writer.CloseBlock();
            }
        }

        RequestEmitter.WritePath(writer, client, operation);
        writer.Line($"using var httpRequest = new global::System.Net.Http.HttpRequestMessage({HttpMethod(operation.HttpMethod)}, new global::System.Uri(requestPath, global::System.UriKind.Relative));");
        if (operation.Body is { } body)
        {
            BodyEmitter.Write(writer, client, body, types);
        }

        // After the body: a header that describes it (Content-Range) goes with the content.
        RequestEmitter.WriteHeaders(writer, client, operation);
        ResponseEmitter.WriteSend(writer, client, operation);
        writer.CloseBlock();
    }

    /// <summary>The name of the static field that describes the operation to the HTTP pipeline.</summary>
    public static string OperationField(OperationModel operation) => "_" + char.ToLowerInvariant(operation.Name[0]) + operation.Name.Substring(1) + "Operation";

    /// <summary>The static field that describes the operation: method, path template, idempotency, security, error types, server.</summary>
    public static void WriteOperationField(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var arguments = new List<string> { SourceWriter.Literal(operation.HttpMethod), SourceWriter.Literal(operation.PathTemplate) };
        if (operation.IsIdempotent is { } idempotent)
        {
            arguments.Add("isIdempotent: " + (idempotent ? "true" : "false"));
        }

        if (!operation.Security.IsEmpty)
        {
            var alternatives = operation.Security.Select(schemes => schemes.IsEmpty ? "new string[0]" : "new[] { " + string.Join(", ", schemes.Select(SourceWriter.Literal)) + " }");
            arguments.Add("security: new string[][] { " + string.Join(", ", alternatives) + " }");
        }

        if (!operation.Errors.IsEmpty)
        {
            arguments.Add("errorReader: " + ResponseEmitter.ErrorReaderName(operation));
        }

        if (operation.Server is { } server)
        {
            arguments.Add("server: " + SourceWriter.Literal(server));
        }

        writer.Line($"private static readonly {RuntimeNames.ApiOperation} {OperationField(operation)} = new({string.Join(", ", arguments)});");
    }

    /// <summary>The signature of the method that walks every page of a paged list.</summary>
    /// <param name="client">The client.</param>
    /// <param name="operation">The paged operation.</param>
    /// <param name="isImplementation">Only an async iterator's token takes [EnumeratorCancellation] (CS8424 elsewhere).</param>
    public static string AutoPagingSignature(ClientModel client, OperationModel operation, bool isImplementation = false)
    {
        var cancellation = (isImplementation ? "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " : "") + "global::System.Threading.CancellationToken cancellationToken = default";
        var parameters = Parameters(client, operation).Select(p => p.Declaration).Append(cancellation);
        return $"global::System.Collections.Generic.IAsyncEnumerable<{TypeNames.Of(operation.Response.PageItem!, client.Namespace)}> {operation.Name}AutoPagingAsync({string.Join(", ", parameters)})";
    }

    public static void WriteAutoPagingDocumentation(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        writer.Summary((operation.Summary ?? operation.Name) + ": every item, page after page.", $"Calls <see cref=\"{operation.Name}Async\"/>, then follows the server's link to each next page while the caller keeps reading.");
        foreach (var parameter in Parameters(client, operation))
        {
            writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{SourceWriter.XmlLine(parameter.Description)}</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Stops the walk.</param>");
        writer.Line("/// <returns>The items of every page, in order.</returns>");
        if (operation.IsDeprecated)
        {
            writer.Line(ObsoleteAttribute);
        }
    }

    public static void WriteAutoPagingImplementation(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        if (operation.IsDeprecated)
        {
            writer.Line(ObsoleteAttribute);
        }

        var arguments = string.Join(", ", Parameters(client, operation).Select(p => p.Name).Append("cancellationToken"));
        var envelope = SourceWriter.Literal(operation.Response.Envelope!);
        writer.OpenBlock("public async " + AutoPagingSignature(client, operation, isImplementation: true));
        writer.Line($"var firstPage = await {operation.Name}Async({arguments}).ConfigureAwait(false);");
        writer.OpenBlock($"await foreach (var pageItem in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(_connection.WalkPagesAsync(firstPage, {OperationField(operation)}, {envelope}, {ResponseEmitter.PageItemReader(client, operation)}, cancellationToken), false))");
        writer.Line("yield return pageItem;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static bool IsValidated(ClientModel client, OperationModel operation) =>
        operation.Body is { Type: { Kind: TypeKind.Named } bodyType } && client.RequestTypes.Contains(bodyType.Name!);

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        _ => $"new global::System.Net.Http.HttpMethod({SourceWriter.Literal(method)})",
    };

    private static IEnumerable<MethodParameter> Parameters(ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            yield return new MethodParameter(parameter.Name, $"{TypeNames.Of(parameter.Type, ns)} {parameter.Name}", parameter.Description ?? $"The '{parameter.WireName}' path segment.", true, !parameter.Type.IsValueType);
        }

        if (operation.Body is { } body && body.IsRequired)
        {
            yield return Body(client, body);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In != "path" && p.IsRequired))
        {
            yield return new MethodParameter(parameter.Name, $"{TypeNames.Of(parameter.Type, ns)} {parameter.Name}", Describe(parameter), true, !parameter.Type.IsValueType);
        }

        if (operation.Body is { } optionalBody && !optionalBody.IsRequired)
        {
            yield return Body(client, optionalBody);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In != "path" && !p.IsRequired))
        {
            yield return new MethodParameter(parameter.Name, $"{TypeNames.Of(parameter.Type, ns)}? {parameter.Name} = null", Describe(parameter), false, !parameter.Type.IsValueType);
        }
    }

    private static MethodParameter Body(ClientModel client, BodyModel body)
    {
        const string name = BodyEmitter.ParameterName;
        var type = TypeNames.Of(body.Type, client.Namespace);
        var description = body.Description ?? (body.Encoding switch
        {
            BodyEncoding.File => "The file to send as the body.",
            BodyEncoding.Text => "The body's text.",
            _ => "The request body.",
        });
        return body.IsRequired
            ? new MethodParameter(name, $"{type} {name}", description, true, !body.Type.IsValueType)
            : new MethodParameter(name, $"{type}? {name} = null", description + " Optional: null sends none.", false, !body.Type.IsValueType);
    }

    private static string Describe(ParameterModel parameter) =>
        (parameter.Description ?? $"The '{parameter.WireName}' {parameter.In} parameter.") + (parameter.IsDeprecated ? " Deprecated in the spec." : "");

    private sealed record MethodParameter(string Name, string Declaration, string Description, bool IsRequired, bool IsReference);
}
