using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Client.Http;

/// <summary>
/// An attempt ends when its body has arrived, not its headers: the handlers read the body inside the attempt, so that
/// its timeouts cover a server that stalls mid-body, a connection that breaks mid-body fails that attempt, and what
/// is logged is the whole attempt. Reading an already buffered body again costs nothing.
/// </summary>
internal static class ResponseBodies
{
    /// <summary>Buffers the body of <paramref name="response"/>; on failure the response is disposed and the error thrown.</summary>
    public static async Task<HttpResponseMessage> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
