using System;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Benchmarks.Samples;
using Tratta.Benchmarks.Verification;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// Runs one call of a benchmark before measuring and checks both ends: the request the client sent (method, URL,
/// bearer token, and for a body the JSON the API expects) and what it returned (the response read into its model).
/// </summary>
internal static class CallCheck
{
    public static T Run<T>(CallClients clients, string benchmark, Func<Task<T>> call, HttpMethod method, string path, string? expectedBodyJson = null)
    {
        clients.Recorder.Start();
        T result;
        try
        {
            result = call().GetAwaiter().GetResult();
        }
        finally
        {
            clients.Recorder.Stop();
        }

        var sent = clients.Recorder.Last;
        Check.That(sent is not null, benchmark, "sent no request to the canned handler");
        Check.That(sent.Method == method, benchmark, $"sent {sent.Method}, not {method}");
        Check.Same(new Uri(SampleAccount.BaseAddress, path).AbsoluteUri, sent.Uri?.AbsoluteUri ?? "(none)", benchmark, "the request URL");
        Check.Same(SampleAccount.AuthorizationHeader, sent.Authorization ?? "(none)", benchmark, "the Authorization header");
        if (expectedBodyJson is not null)
        {
            Check.Same("application/json", sent.ContentType ?? "(none)", benchmark, "the request's content type");
            JsonEquivalence.Require(expectedBodyJson, sent.Body ?? [], benchmark, "the request body");
        }

        return result;
    }
}
