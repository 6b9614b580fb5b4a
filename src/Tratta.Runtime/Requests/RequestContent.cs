using System;
using System.ComponentModel;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Tratta.Runtime.Requests;

/// <summary>Request bodies that are not forms: JSON, a file (binary), or text.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestContent
{
    /// <summary>A UTF-8 JSON body.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="mediaType">The media type, <c>application/json</c> or a <c>+json</c> type such as <c>application/merge-patch+json</c>.</param>
    /// <returns>The content, its <c>Content-Type</c> with <c>charset=utf-8</c>.</returns>
    public static HttpContent Json(byte[] utf8Json, string mediaType = "application/json")
    {
        var content = new ByteArrayContent(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    /// <summary>A file as the whole body (<c>application/octet-stream</c>, <c>image/png</c>…).</summary>
    /// <param name="file">The file; its stream is read when the request is sent.</param>
    /// <param name="mediaType">The spec's media type; the file's own when it is a wildcard such as <c>image/*</c>.</param>
    /// <returns>The content.</returns>
    public static HttpContent File(FileContent file, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = new StreamContent(file.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType.Contains('*', StringComparison.Ordinal) ? file.ContentType : mediaType);
        return content;
    }

    /// <summary>A text body (<c>text/plain</c>, <c>application/sdp</c>…), in UTF-8.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mediaType">The media type.</param>
    /// <returns>The content.</returns>
    public static HttpContent Text(string text, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }
}
