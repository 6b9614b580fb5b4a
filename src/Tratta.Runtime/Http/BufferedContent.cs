using System.Net.Http;

namespace Tratta.Runtime.Http;

/// <summary>
/// A response body the attempt handler has read to the end, holding its bytes where the connection can take them
/// as they are: reading it again with <see cref="HttpContent.ReadAsByteArrayAsync()"/> would copy the whole body.
/// </summary>
internal sealed class BufferedContent(byte[] body) : ByteArrayContent(body)
{
    public byte[] Body { get; } = body;
}
