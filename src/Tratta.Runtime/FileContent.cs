using System;
using System.IO;

namespace Tratta.Runtime;

/// <summary>
/// A file a request sends (a <c>format: binary</c> field of a multipart body, or a whole binary body): its content,
/// the file name the server sees, and its media type. The stream is read once, when the request is sent, and is not
/// disposed by the client.
/// </summary>
public sealed class FileContent
{
    /// <summary>Creates the file.</summary>
    /// <param name="content">The content, read from where it stands.</param>
    /// <param name="fileName">The file name sent with it.</param>
    /// <param name="contentType">Its media type; <c>application/octet-stream</c> when null.</param>
    public FileContent(Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        FileName = fileName;
        ContentType = contentType ?? "application/octet-stream";
    }

    /// <summary>The content.</summary>
    public Stream Content { get; }

    /// <summary>The file name sent with it.</summary>
    public string FileName { get; }

    /// <summary>Its media type.</summary>
    public string ContentType { get; }

    /// <summary>A file of bytes held in memory.</summary>
    /// <param name="bytes">The content.</param>
    /// <param name="fileName">The file name sent with it.</param>
    /// <param name="contentType">Its media type; <c>application/octet-stream</c> when null.</param>
    /// <returns>The file.</returns>
    public static FileContent FromBytes(byte[] bytes, string fileName, string? contentType = null) =>
        new(new MemoryStream(bytes ?? throw new ArgumentNullException(nameof(bytes)), writable: false), fileName, contentType);

    /// <summary>The name and type, never the content.</summary>
    /// <returns>For example <c>report.pdf (application/pdf)</c>.</returns>
    public override string ToString() => $"{FileName} ({ContentType})";
}
