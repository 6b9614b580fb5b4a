using System;
using System.ComponentModel;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tratta.Runtime.Requests;

/// <summary>
/// The parts of a <c>multipart/form-data</c> body: files with their name and media type, single values as text,
/// objects as JSON, and a list as one part per item (OpenAPI's defaults), unless the spec's <c>encoding</c> names a
/// media type for the property.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MultipartBody
{
    /// <summary>Adds a file part.</summary>
    /// <param name="content">The body.</param>
    /// <param name="name">The field name.</param>
    /// <param name="file">The file.</param>
    /// <param name="contentType">The spec's media type for the part; the file's own when null or a wildcard.</param>
    public static void AddFile(MultipartFormDataContent content, string name, FileContent file, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(file);
        var part = new StreamContent(file.Content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType is null || contentType.Contains('*', StringComparison.Ordinal) ? file.ContentType : contentType);
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quoted(name), FileName = Quoted(file.FileName) };
        content.Add(part);
    }

    /// <summary>Adds a value part (or one part per item of a list), from the value's JSON.</summary>
    /// <param name="content">The body.</param>
    /// <param name="name">The field name.</param>
    /// <param name="utf8Json">The value's JSON.</param>
    /// <param name="contentType">The spec's media type for the part; null for the defaults.</param>
    public static void AddValue(MultipartFormDataContent content, string name, byte[] utf8Json, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = JsonDocument.Parse(utf8Json);
        var value = document.RootElement;
        if (contentType is not null && new FormEncoding(ContentType: contentType).IsJson)
        {
            Add(content, name, value.GetRawText(), contentType);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                AddSingle(content, name, item, contentType);
            }
        }
        else
        {
            AddSingle(content, name, value, contentType);
        }
    }

    private static void AddSingle(MultipartFormDataContent content, string name, JsonElement value, string? contentType)
    {
        if (ParameterValue.TextOf(value) is { } text)
        {
            Add(content, name, text, contentType);
        }
        else
        {
            Add(content, name, value.GetRawText(), contentType ?? "application/json");
        }
    }

    // A plain field goes without a Content-Type, as browsers send it; a typed one says its type.
    private static void Add(MultipartFormDataContent content, string name, string text, string? contentType)
    {
        var part = new StringContent(text);
        part.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quoted(name) };
        content.Add(part);
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
