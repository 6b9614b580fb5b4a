using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Tratta.Runtime;

/// <summary>
/// A binary response body (a download: <c>application/octet-stream</c>, <c>image/png</c>, <c>application/zip</c>…),
/// streamed from the connection as it arrives. Dispose it to release the connection.
/// </summary>
public sealed class FileResponse : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _response;

    internal FileResponse(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        StatusCode = response.StatusCode;
        ContentType = response.Content.Headers.ContentType?.ToString();
        FileName = response.Content.Headers.ContentDisposition is { } disposition
            ? (disposition.FileNameStar ?? disposition.FileName)?.Trim('"')
            : null;
        Length = response.Content.Headers.ContentLength;
    }

    /// <summary>The body, read as it arrives.</summary>
    public Stream Content { get; }

    /// <summary>The success status the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The body's media type (<c>Content-Type</c>), if the server said.</summary>
    public string? ContentType { get; }

    /// <summary>The file name the server suggested (<c>Content-Disposition</c>), if any.</summary>
    public string? FileName { get; }

    /// <summary>The body's length in bytes (<c>Content-Length</c>), if the server said.</summary>
    public long? Length { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <summary>The media type and name, never the content.</summary>
    /// <returns>For example <c>report.pdf (application/pdf)</c>.</returns>
    public override string ToString() => $"{FileName ?? "file"} ({ContentType ?? "unknown type"})";
}
