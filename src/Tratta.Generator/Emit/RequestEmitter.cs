using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes the statements that build a request's URL and headers from the method's parameters.</summary>
internal static class RequestEmitter
{
    private static readonly Regex Placeholder = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    /// <summary>Declares <c>requestPath</c>: the path with its parameters filled in, and the query.</summary>
    public static void WritePath(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        writer.Line($"var requestPath = {PathExpression(client, operation)};");
        var query = operation.Parameters.Where(p => p.In == "query").ToList();
        if (query.Count == 0 && operation.FixedQuery is null)
        {
            return;
        }

        writer.Line($"var query = new {RuntimeNames.QueryBuilder}({(operation.FixedQuery is { } fixedQuery ? SourceWriter.Literal(fixedQuery) : "")});");
        foreach (var parameter in query)
        {
            Optionally(writer, parameter, () => writer.Line($"query.Add({SourceWriter.Literal(parameter.WireName)}, {Value(client, parameter)}{StyleArguments(parameter, "Form", true)});"));
        }

        writer.Line("requestPath = query.AppendTo(requestPath);");
    }

    /// <summary>Adds the header and cookie parameters to <c>httpRequest</c>.</summary>
    public static void WriteHeaders(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In is "header" or "cookie"))
        {
            var method = parameter.In == "header" ? "Header" : "Cookie";
            var explode = parameter.In == "header" ? (parameter.Explode ? ", explode: true" : "") : (parameter.Explode ? "" : ", explode: false");
            Optionally(writer, parameter, () => writer.Line($"{RuntimeNames.RequestParameters}.{method}(httpRequest, {SourceWriter.Literal(parameter.WireName)}, {Value(client, parameter)}{explode});"));
        }
    }

    /// <summary>The text of a single value for URLs and headers: invariant numbers, ISO dates, lower-case booleans.</summary>
    public static string Text(TypeRef type, string expression) => type.Kind switch
    {
        TypeKind.String => expression,
        TypeKind.Boolean => $"({expression} ? \"true\" : \"false\")",
        TypeKind.Named or TypeKind.Enum or TypeKind.Guid => $"{expression}.ToString()",
        TypeKind.Bytes => $"global::System.Convert.ToBase64String({expression})",
        TypeKind.Date or TypeKind.LocalDateTime => $"{expression}.ToString({SourceWriter.Literal(type.DateFormat ?? (type.Kind == TypeKind.Date ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss"))}, global::System.Globalization.CultureInfo.InvariantCulture)",
        TypeKind.DateTimeOffset => $"{expression}.ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => $"global::System.Convert.ToString({expression}, global::System.Globalization.CultureInfo.InvariantCulture)!",
    };

    /// <summary>Whether the type is one text (not a list, an object or free-form JSON).</summary>
    public static bool IsSingle(TypeRef type) => type.Kind is not (TypeKind.List or TypeKind.Map or TypeKind.Named or TypeKind.Json or TypeKind.File);

    // Relative to the base address, so the leading slash goes; each placeholder becomes escaped text of its own.
    private static string PathExpression(ClientModel client, OperationModel operation)
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
            var argumentName = SourceWriter.Literal(parameter.Name.TrimStart('@'));
            parts.Add(parameter.Style == "Simple" && IsSingle(parameter.Type) && !parameter.IsJson
                ? $"{RuntimeNames.UriPath}.Segment({Text(parameter.Type, parameter.Name)}, {argumentName})"
                : $"{RuntimeNames.RequestParameters}.Path({SourceWriter.Literal(parameter.WireName)}, {Value(client, parameter)}, {argumentName}{StyleArguments(parameter, "Simple", false)})");
            last = match.Index + match.Length;
        }

        if (last < template.Length || parts.Count == 0)
        {
            parts.Add(SourceWriter.Literal(template.Substring(last)));
        }

        return string.Join(" + ", parts);
    }

    /// <summary>The <c>ParameterValue</c> of a parameter.</summary>
    private static string Value(ClientModel client, ParameterModel parameter)
    {
        var type = parameter.Type;
        var expression = parameter.Name + (parameter.IsRequired || !type.IsValueType ? "" : ".Value");
        if (parameter.IsJson)
        {
            return $"{RuntimeNames.ParameterValue}.Of(global::System.Text.Encoding.UTF8.GetString({Json(client, type, expression)}))";
        }

        if (IsSingle(type))
        {
            return $"{RuntimeNames.ParameterValue}.Of({Text(type, expression)})";
        }

        if (type.Kind == TypeKind.List && IsSingle(type.Element!))
        {
            return $"{RuntimeNames.ParameterValue}.List(global::System.Linq.Enumerable.Select({expression}, static item => {Text(type.Element!, "item")}))";
        }

        return type.Kind == TypeKind.Json
            ? $"{RuntimeNames.ParameterValue}.FromJson({expression})"
            : $"{RuntimeNames.ParameterValue}.FromJson({Json(client, type, expression)})";
    }

    private static string Json(ClientModel client, TypeRef type, string expression) =>
        $"{RuntimeNames.JsonWrite}.ToUtf8({expression}, static (writer, value) => {JsonExpressions.Write(type, client.Namespace, "writer", "value").TrimEnd(';')})";

    private static string StyleArguments(ParameterModel parameter, string defaultStyle, bool defaultExplode) =>
        (parameter.Style == defaultStyle ? "" : $", {RuntimeNames.ParameterStyle}.{parameter.Style}")
        + (parameter.Explode == defaultExplode ? "" : ", explode: " + (parameter.Explode ? "true" : "false"))
        + (parameter.AllowReserved ? ", allowReserved: true" : "");

    private static void Optionally(SourceWriter writer, ParameterModel parameter, System.Action write)
    {
        if (parameter.IsRequired)
        {
            write();
            return;
        }

        writer.OpenBlock($"if ({parameter.Name} is not null)");
        write();
        writer.CloseBlock();
    }
}
