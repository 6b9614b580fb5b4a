using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace Tratta.Corpus.Tests.Prism;

/// <summary>
/// Fails the test at the response whose <c>sl-violations</c> header (or problem document) says the request breaks the
/// document, with the violations and the request that caused them: clearer than the 422 the client would turn into
/// an exception.
/// </summary>
internal sealed class ViolationHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        // Prism answers a request it cannot even read (a body it cannot parse) with a problem document and no header.
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" && response.RequestMessage is not null
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : null;
        // Prism also reports where its own mock response breaks the document (a snowflake pattern its example data
        // misses): that is no fault of the client's request, so only violations located in the request count.
        var requestViolations = response.Headers.TryGetValues("sl-violations", out var reported)
            ? reported.Where(v => v.Contains("\"location\":[\"request\"", System.StringComparison.Ordinal)).ToList()
            : [];
        if (problem is not null && problem.Contains("stoplight.io/prism/errors", System.StringComparison.Ordinal))
        {
            requestViolations.Add(problem);
        }

        if (requestViolations.Count > 0)
        {
            var violations = requestViolations;
            var headers = string.Join("\n", request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>()).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
            throw new XunitException($"Prism: the request breaks the document.\n{request.Method} {request.RequestUri}\n{headers}\n\n{body}\n\nViolations: {string.Join("\n", violations)}");
        }

        return response;
    }
}
