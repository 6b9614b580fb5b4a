using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes one client method: signature, XML docs, and the body that builds, sends and reads the request.</summary>
internal static class OperationMethodEmitter
{
    private static readonly Regex Placeholder = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    public static string Signature(ClientModel client, OperationModel operation)
    {
        var parameters = Parameters(client, operation).Select(p => p.Declaration).Append("global::System.Threading.CancellationToken cancellationToken = default");
        return $"{ReturnType(client, operation)} {operation.Name}Async({string.Join(", ", parameters)})";
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
        writer.Line(operation.ResponseType is null
            ? "/// <returns>A task that completes when the server has answered with success.</returns>"
            : operation.PageItemType is not null
            ? $"/// <returns>The first page; <see cref=\"{operation.Name}AutoPagingAsync\"/> walks them all.</returns>"
            : "/// <returns>The response's value" + (operation.ResponseEnvelope is { } envelope ? $", taken out of its <c>{SourceWriter.Xml(envelope)}</c> envelope" : "") + ".</returns>");
        if (operation.Body is { Type.Kind: TypeKind.Named } && client.RequestTypes.Contains(operation.Body.Type.Name!))
        {
            writer.Line($"/// <exception cref=\"{RuntimeNames.ApiValidationException}\">The request breaks the spec's rules (nothing was sent; <c>Errors</c> has every error), or the server answered 422.</exception>");
        }

        writer.Line($"/// <exception cref=\"{RuntimeNames.ApiException}\">The server answered with an error status, or with a body that is not what the spec describes; the derived type says which.</exception>");
    }

    public static void WriteImplementation(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        writer.OpenBlock("public async " + Signature(client, operation));
        foreach (var parameter in Parameters(client, operation).Where(p => p.IsReference && p.IsRequired))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }

        var descriptor = OperationField(operation);
        if (operation.Body is { Type: { Kind: TypeKind.Named } bodyType } && client.RequestTypes.Contains(bodyType.Name!))
        {
            // What the server would reject is never sent: every error at once, before any byte leaves the process.
            writer.Line($"{RuntimeNames.ApiValidationException}.ThrowIfInvalid({BodyParameterName}.Validate(_connection.TimeProvider), {descriptor}.Name);");
        }

        writer.Line($"var requestPath = {PathExpression(operation)};");
        var query = operation.Parameters.Where(p => p.In == "query").ToList();
        if (query.Count > 0)
        {
            writer.Line("var queryString = new global::System.Text.StringBuilder();");
            foreach (var parameter in query)
            {
                WriteQueryAppend(writer, parameter);
            }

            writer.Line("requestPath += queryString.ToString();");
        }

        writer.Line($"using var httpRequest = new global::System.Net.Http.HttpRequestMessage({HttpMethod(operation.HttpMethod)}, new global::System.Uri(requestPath, global::System.UriKind.Relative));");
        foreach (var header in operation.Parameters.Where(p => p.In == "header"))
        {
            WriteHeader(writer, header);
        }

        if (operation.Body is { } body)
        {
            var write = JsonExpressions.Write(body.Type, ns, "writer", "value").TrimEnd(';');
            writer.Line($"httpRequest.Content = {RuntimeNames.ApiConnection}.JsonContent({RuntimeNames.JsonWrite}.ToUtf8({BodyParameterName}, static (writer, value) => {write}));");
        }

        if (operation.PageItemType is not null)
        {
            writer.Line($"return await _connection.SendPageAsync(httpRequest, {descriptor}, {SourceWriter.Literal(operation.ResponseEnvelope!)}, {PageItemReader(client, operation)}, cancellationToken).ConfigureAwait(false);");
        }
        else if (operation.ResponseType is not null)
        {
            writer.Line($"return await _connection.SendAsync(httpRequest, {descriptor}, {ReadLambda(client, operation)}, cancellationToken).ConfigureAwait(false);");
        }
        else
        {
            writer.Line($"await _connection.SendAsync(httpRequest, {descriptor}, cancellationToken).ConfigureAwait(false);");
        }

        writer.CloseBlock();
    }

    private static void WriteHeader(SourceWriter writer, ParameterModel header)
    {
        var value = ToText(header.Type, header.Name + (header.IsRequired || !header.Type.IsValueType ? "" : ".Value"));
        var add = $"httpRequest.Headers.TryAddWithoutValidation({SourceWriter.Literal(header.WireName)}, {value});";
        if (header.IsRequired)
        {
            writer.Line(add);
            return;
        }

        writer.OpenBlock($"if ({header.Name} is not null)");
        writer.Line(add);
        writer.CloseBlock();
    }

    private static string ReturnType(ClientModel client, OperationModel operation) =>
        operation.PageItemType is { } item ? $"global::System.Threading.Tasks.Task<{PageType(client, item)}>"
        : operation.ResponseType is { } response ? $"global::System.Threading.Tasks.Task<{TypeNames.Of(response, client.Namespace)}>"
        : "global::System.Threading.Tasks.Task";

    private static string PageType(ClientModel client, TypeRef item) => $"{RuntimeNames.Page}<{TypeNames.Of(item, client.Namespace)}>";

    /// <summary>The name of the static field that describes the operation to the HTTP pipeline.</summary>
    public static string OperationField(OperationModel operation) => "_" + char.ToLowerInvariant(operation.Name[0]) + operation.Name.Substring(1) + "Operation";

    /// <summary>The static field that describes the operation: method, path template, idempotency, security.</summary>
    public static void WriteOperationField(SourceWriter writer, OperationModel operation)
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
        return $"global::System.Collections.Generic.IAsyncEnumerable<{TypeNames.Of(operation.PageItemType!, client.Namespace)}> {operation.Name}AutoPagingAsync({string.Join(", ", parameters)})";
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
    }

    public static void WriteAutoPagingImplementation(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var arguments = string.Join(", ", Parameters(client, operation).Select(p => p.Name).Append("cancellationToken"));
        writer.OpenBlock("public async " + AutoPagingSignature(client, operation, isImplementation: true));
        writer.Line($"var firstPage = await {operation.Name}Async({arguments}).ConfigureAwait(false);");
        writer.OpenBlock($"await foreach (var pageItem in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(_connection.WalkPagesAsync(firstPage, {OperationField(operation)}, {SourceWriter.Literal(operation.ResponseEnvelope!)}, {PageItemReader(client, operation)}, cancellationToken), false))");
        writer.Line("yield return pageItem;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>The <c>byte[] → result</c> lambda that reads the operation's response body.</summary>
    private static string ReadLambda(ClientModel client, OperationModel operation)
    {
        var read = JsonExpressions.Read(operation.ResponseType!, client.Namespace, "reader", operation.ResponseEnvelope ?? "(response)");
        return operation.ResponseEnvelope is { } envelope
            ? $"static body => {RuntimeNames.JsonRead}.Enveloped(body, {SourceWriter.Literal(envelope)}, static (ref global::System.Text.Json.Utf8JsonReader reader) => {read})"
            : $"static body => {RuntimeNames.JsonRead}.Document(body, static (ref global::System.Text.Json.Utf8JsonReader reader) => {read})";
    }

    /// <summary>The lambda that reads one item of a paged list.</summary>
    private static string PageItemReader(ClientModel client, OperationModel operation)
    {
        var readItem = JsonExpressions.Read(operation.PageItemType!, client.Namespace, "reader", operation.ResponseEnvelope ?? "(item)");
        return $"static (ref global::System.Text.Json.Utf8JsonReader reader) => {readItem}";
    }

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

    // Relative to HttpClient.BaseAddress, so the leading slash goes; each placeholder becomes one escaped segment.
    private static string PathExpression(OperationModel operation)
    {
        var template = operation.PathTemplate.TrimStart('/');
        var parts = new List<string>();
        var last = 0;
        foreach (Match match in Placeholder.Matches(template))
        {
            if (match.Index > last)
            {
                parts.Add(SourceWriter.Literal(template.Substring(last, match.Index - last)));
            }

            var parameter = operation.Parameters.First(p => p.In == "path" && p.WireName == match.Groups[1].Value);
            parts.Add($"{RuntimeNames.UriPath}.Segment({ToText(parameter.Type, parameter.Name)}, {SourceWriter.Literal(parameter.Name.TrimStart('@'))})");
            last = match.Index + match.Length;
        }

        if (last < template.Length || parts.Count == 0)
        {
            parts.Add(SourceWriter.Literal(template.Substring(last)));
        }

        return string.Join(" + ", parts);
    }

    private static void WriteQueryAppend(SourceWriter writer, ParameterModel parameter)
    {
        var key = SourceWriter.Literal(System.Uri.EscapeDataString(parameter.WireName));
        string Append(string text) => $"queryString.Append(queryString.Length == 0 ? '?' : '&').Append({key}).Append('=').Append(global::System.Uri.EscapeDataString({text}));";
        if (!parameter.IsRequired)
        {
            writer.OpenBlock($"if ({parameter.Name} is not null)");
        }

        if (parameter.Type.Kind == TypeKind.List)
        {
            // OpenAPI's default for query arrays (form, explode): ?tag=a&tag=b.
            writer.OpenBlock($"foreach (var queryItem in {parameter.Name})");
            writer.Line(Append(ToText(parameter.Type.Element!, "queryItem")));
            writer.CloseBlock();
        }
        else
        {
            writer.Line(Append(ToText(parameter.Type, parameter.Name + (parameter.IsRequired || !parameter.Type.IsValueType ? "" : ".Value"))));
        }

        if (!parameter.IsRequired)
        {
            writer.CloseBlock();
        }
    }

    private static string ToText(TypeRef type, string expression) => type.Kind switch
    {
        TypeKind.String => expression,
        TypeKind.Boolean => $"({expression} ? \"true\" : \"false\")",
        TypeKind.Named or TypeKind.Enum => $"{expression}.ToString()",
        TypeKind.Date or TypeKind.LocalDateTime => $"{expression}.ToString({SourceWriter.Literal(type.DateFormat ?? (type.Kind == TypeKind.Date ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss"))}, global::System.Globalization.CultureInfo.InvariantCulture)",
        TypeKind.DateTimeOffset => $"{expression}.ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => $"global::System.Convert.ToString({expression}, global::System.Globalization.CultureInfo.InvariantCulture)!",
    };

    private const string BodyParameterName = "request";

    private static IEnumerable<MethodParameter> Parameters(ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            yield return new MethodParameter(parameter.Name, $"{TypeNames.Of(parameter.Type, ns)} {parameter.Name}", parameter.Description ?? $"The '{parameter.WireName}' path segment.", true, !parameter.Type.IsValueType);
        }

        if (operation.Body is { } body)
        {
            const string name = BodyParameterName;
            var type = TypeNames.Of(body.Type, ns);
            yield return new MethodParameter(name, $"{type} {name}", body.Description ?? "The request body.", true, !body.Type.IsValueType);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In != "path").OrderBy(p => p.IsRequired ? 0 : 1))
        {
            var type = TypeNames.Of(parameter.Type, ns);
            var declaration = parameter.IsRequired ? $"{type} {parameter.Name}" : $"{type}? {parameter.Name} = null";
            yield return new MethodParameter(parameter.Name, declaration, parameter.Description ?? $"The '{parameter.WireName}' {parameter.In} parameter.", parameter.IsRequired, !parameter.Type.IsValueType);
        }
    }

    private sealed record MethodParameter(string Name, string Declaration, string Description, bool IsRequired, bool IsReference);
}
