using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// The network, replaced: every request gets a new response with the same canned JSON body, as a server would send
/// it. The request body is read to the end first, as a socket handler writes it to the wire: content that serializes
/// lazily (System.Text.Json's JsonContent) must pay for its serialization here, as it would for real.
/// </summary>
internal sealed class CannedResponseHandler(byte[] body, HttpStatusCode status, RequestRecorder recorder) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (recorder.IsRecording)
        {
            var sent = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            recorder.Record(request, sent);
        }
        else if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new ByteArrayContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return response;
    }
}
