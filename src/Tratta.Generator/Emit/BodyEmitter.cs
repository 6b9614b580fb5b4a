using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes the statements that set <c>httpRequest.Content</c> from the body parameter, in its media type.</summary>
internal static class BodyEmitter
{
    public const string ParameterName = "request";

    public static void Write(SourceWriter writer, ClientModel client, BodyModel body, IReadOnlyDictionary<string, TypeModel> types)
    {
        if (!body.IsRequired)
        {
            writer.OpenBlock($"if ({ParameterName} is not null)");
        }

        var value = ParameterName + (!body.IsRequired && body.Type.IsValueType ? ".Value" : "");
        switch (body.Encoding)
        {
            case BodyEncoding.Form:
                writer.Line($"httpRequest.Content = {RuntimeNames.FormBody}.Create({Json(client, body.Type, value)}{FormEncodings(body)});");
                break;
            case BodyEncoding.Multipart:
                WriteMultipart(writer, client, body, (RecordModel)types[body.Type.Name!], value);
                break;
            case BodyEncoding.File:
                writer.Line($"httpRequest.Content = {RuntimeNames.RequestContent}.File({value}, {SourceWriter.Literal(body.MediaType)});");
                break;
            case BodyEncoding.Text:
                writer.Line($"httpRequest.Content = {RuntimeNames.RequestContent}.Text({value}, {SourceWriter.Literal(body.MediaType)});");
                break;
            default:
                var mediaType = body.MediaType == "application/json" ? "" : ", " + SourceWriter.Literal(body.MediaType);
                writer.Line($"httpRequest.Content = {RuntimeNames.RequestContent}.Json({Json(client, body.Type, value)}{mediaType});");
                break;
        }

        if (!body.IsRequired)
        {
            writer.CloseBlock();
        }
    }

    private static string Json(ClientModel client, TypeRef type, string value) =>
        $"{RuntimeNames.JsonWrite}.ToUtf8({value}, static (writer, value) => {JsonExpressions.Write(type, client.Namespace, "writer", "value").TrimEnd(';')})";

    private static string FormEncodings(BodyModel body)
    {
        if (body.Fields.IsEmpty)
        {
            return "";
        }

        var entries = body.Fields.Select(field =>
        {
            var arguments = new List<string>();
            if (field.Style is { } style)
            {
                arguments.Add($"{RuntimeNames.ParameterStyle}.{style}");
            }

            if (!field.Explode)
            {
                arguments.Add("Explode: false");
            }

            if (field.ContentType is { } contentType)
            {
                arguments.Add("ContentType: " + SourceWriter.Literal(contentType));
            }

            return $"[{SourceWriter.Literal(field.Property)}] = new {RuntimeNames.FormEncoding}({string.Join(", ", arguments)})";
        });
        return $", new global::System.Collections.Generic.Dictionary<string, {RuntimeNames.FormEncoding}> {{ {string.Join(", ", entries)} }}";
    }

    // Each property a part: files as files, lists of files as one part per file, anything else from its JSON.
    private static void WriteMultipart(SourceWriter writer, ClientModel client, BodyModel body, RecordModel record, string value)
    {
        writer.Line("var content = new global::System.Net.Http.MultipartFormDataContent();");
        var index = 0;
        foreach (var property in record.AllProperties.Where(p => !p.IsReadOnly))
        {
            var local = "part" + index++;
            var contentType = body.Fields.FirstOrDefault(f => f.Property == property.WireName)?.ContentType is { } type ? ", " + SourceWriter.Literal(type) : "";
            var name = SourceWriter.Literal(property.WireName);

            // A value that is always there needs no test (a test of a struct that always matches is a warning).
            var alwaysSet = TypeNames.IsNonNull(property) && property.Type.IsValueType;
            if (alwaysSet)
            {
                writer.Line($"var {local} = {value}.{property.Name};");
            }
            else
            {
                writer.OpenBlock($"if ({value}.{property.Name} is {{ }} {local})");
            }

            if (property.Type.Kind == TypeKind.File)
            {
                writer.Line($"{RuntimeNames.MultipartBody}.AddFile(content, {name}, {local}{contentType});");
            }
            else if (property.Type is { Kind: TypeKind.List, Element.Kind: TypeKind.File })
            {
                writer.OpenBlock($"foreach (var file in {local})");
                writer.Line($"{RuntimeNames.MultipartBody}.AddFile(content, {name}, file{contentType});");
                writer.CloseBlock();
            }
            else
            {
                writer.Line($"{RuntimeNames.MultipartBody}.AddValue(content, {name}, {Json(client, property.Type, local)}{contentType});");
            }

            if (!alwaysSet)
            {
                writer.CloseBlock();
            }
        }

        if (record.AdditionalProperties is { } additional)
        {
            writer.OpenBlock($"if ({value}.{record.AdditionalPropertiesName} is {{ }} additional)");
            writer.OpenBlock("foreach (var field in additional)");
            writer.Line($"{RuntimeNames.MultipartBody}.AddValue(content, field.Key, {Json(client, additional, "field.Value")});");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        writer.Line("httpRequest.Content = content;");
    }
}
