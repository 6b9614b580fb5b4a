using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes what a method returns and how: the return type, the send call with its reader, and the error reader.</summary>
internal static class ResponseEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";

    public static string ReturnType(ClientModel client, OperationModel operation)
    {
        var response = operation.Response;
        var nullable = response.IsNullable ? "?" : "";
        var result = response.Kind switch
        {
            ResponseKind.Json when response.PageItem is { } item => $"{RuntimeNames.Page}<{TypeNames.Of(item, client.Namespace)}>",
            ResponseKind.Json => TypeNames.Of(response.Type!, client.Namespace) + nullable,
            ResponseKind.Text => "string" + nullable,
            ResponseKind.File => RuntimeNames.FileResponse + nullable,
            ResponseKind.Variants => $"global::{client.Namespace}.{response.Variants!.ClassName}",
            _ => null,
        };
        return result is null ? "global::System.Threading.Tasks.Task" : $"global::System.Threading.Tasks.Task<{result}>";
    }

    public static string ReturnsDocumentation(OperationModel operation)
    {
        var response = operation.Response;
        return response.Kind switch
        {
            ResponseKind.None => "A task that completes when the server has answered with success.",
            ResponseKind.Json when response.PageItem is not null => $"The first page; <see cref=\"{operation.Name}AutoPagingAsync\"/> walks them all.",
            ResponseKind.Json => "The response's value" + (response.Envelope is { } envelope ? $", taken out of its <c>{SourceWriter.Xml(envelope)}</c> envelope" : "") + (response.IsNullable ? "; null when the server answers without a body" : "") + ".",
            ResponseKind.Text => "The response's text" + (response.IsNullable ? "; null when the server answers without a body" : "") + ".",
            ResponseKind.File => "The file, streamed as it arrives; dispose it to release the connection.",
            _ => "Which success status the server answered with, and its body.",
        };
    }

    /// <summary>Sends <c>httpRequest</c> and returns what the operation returns.</summary>
    public static void WriteSend(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var response = operation.Response;
        var descriptor = OperationMethodEmitter.OperationField(operation);
        if (response.Accept is { } accept)
        {
            writer.Line($"httpRequest.Headers.TryAddWithoutValidation(\"Accept\", {SourceWriter.Literal(accept)});");
        }

        switch (response.Kind)
        {
            case ResponseKind.Json when response.PageItem is not null:
                writer.Line($"return await _connection.SendPageAsync(httpRequest, {descriptor}, {SourceWriter.Literal(response.Envelope!)}, {PageItemReader(client, operation)}, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.Json:
                writer.Line($"return await _connection.SendAsync(httpRequest, {descriptor}, {JsonLambda(client, operation)}, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.Text:
                var text = "global::System.Text.Encoding.UTF8.GetString(body)";
                writer.Line($"return await _connection.SendAsync(httpRequest, {descriptor}, static body => {(response.IsNullable ? "body.Length == 0 ? null : " : "")}{text}, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.File:
                writer.Line($"return await _connection.SendForFileAsync(httpRequest, {descriptor}, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.Variants:
                writer.Line($"return await _connection.SendAsync(httpRequest, {descriptor}, static (status, body) => global::{client.Namespace}.{response.Variants!.ClassName}.Read(status, body), cancellationToken).ConfigureAwait(false);");
                break;
            default:
                writer.Line($"await _connection.SendAsync(httpRequest, {descriptor}, cancellationToken).ConfigureAwait(false);");
                break;
        }
    }

    /// <summary>The lambda that reads one item of a paged list.</summary>
    public static string PageItemReader(ClientModel client, OperationModel operation)
    {
        var response = operation.Response;
        var readItem = JsonExpressions.Read(response.PageItem!, client.Namespace, "reader", response.Envelope ?? "(item)");
        return $"static (ref {Reader} reader) => {readItem}";
    }

    /// <summary>An expression reading a whole JSON body (the <c>body</c> variable) as <paramref name="type"/>.</summary>
    public static string ReadDocument(ClientModel client, TypeRef type, string context) =>
        $"{RuntimeNames.JsonRead}.Document(body, static (ref {Reader} reader) => {JsonExpressions.Read(type, client.Namespace, "reader", context)})";

    /// <summary>The name of the method that reads the operation's error bodies.</summary>
    public static string ErrorReaderName(OperationModel operation) => "Read" + operation.Name + "Error";

    /// <summary>
    /// Writes the method that reads an error body into the type the spec declares for its status (statuses with one
    /// type share an arm); nothing when no error body has a declared type.
    /// </summary>
    public static void WriteErrorReader(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        if (operation.Errors.IsEmpty)
        {
            return;
        }

        writer.Line();
        writer.OpenBlock($"private static object? {ErrorReaderName(operation)}(int status, byte[] body) => status switch");
        // Specific codes first (those of one type share an arm), then ranges such as 4XX, then default.
        var specific = operation.Errors.Where(e => e.StatusCode != "default" && !e.StatusCode.EndsWith("XX", System.StringComparison.Ordinal));
        foreach (var group in specific.GroupBy(e => e.Type))
        {
            writer.Line($"{string.Join(" or ", group.Select(e => e.StatusCode))} => {ReadDocument(client, group.Key, "(error)")},");
        }

        foreach (var range in operation.Errors.Where(e => e.StatusCode.EndsWith("XX", System.StringComparison.Ordinal)))
        {
            writer.Line($">= {range.StatusCode[0]}00 and < {(char)(range.StatusCode[0] + 1)}00 => {ReadDocument(client, range.Type, "(error)")},");
        }

        var fallback = operation.Errors.FirstOrDefault(e => e.StatusCode == "default");
        writer.Line(fallback is null ? "_ => null," : $"_ => {ReadDocument(client, fallback.Type, "(error)")},");
        writer.Outdent();
        writer.Line("};");
    }

    /// <summary>Documents the exception, and which types its <c>Error</c> holds.</summary>
    public static string ExceptionDocumentation(ClientModel client, OperationModel operation)
    {
        var text = "The server answered with an error status, or with a body that is not what the spec describes; the derived type says which.";
        if (operation.Errors.IsEmpty)
        {
            return text;
        }

        var types = operation.Errors
            .GroupBy(e => e.Type)
            .Select(g => $"<see cref=\"{TypeNames.Of(g.Key, client.Namespace).Replace('<', '{').Replace('>', '}')}\"/> for {string.Join(" and ", g.Select(e => e.StatusCode == "default" ? "any other status" : e.StatusCode))}");
        return text + $" <see cref=\"{RuntimeNames.ApiException}.Error\"/> holds the error body: " + string.Join("; ", types) + ".";
    }

    private static string JsonLambda(ClientModel client, OperationModel operation)
    {
        var response = operation.Response;
        var type = response.Type!;
        var read = JsonExpressions.Read(type, client.Namespace, "reader", response.Envelope ?? "(response)");
        if (response.Envelope is { } envelope)
        {
            return $"static body => {RuntimeNames.JsonRead}.Enveloped(body, {SourceWriter.Literal(envelope)}, static (ref {Reader} reader) => {read})";
        }

        var document = $"{RuntimeNames.JsonRead}.Document(body, static (ref {Reader} reader) => {read})";
        return response.IsNullable
            ? $"static body => body.Length == 0 ? default({TypeNames.Of(type, client.Namespace)}?) : {document}"
            : $"static body => {document}";
    }
}
