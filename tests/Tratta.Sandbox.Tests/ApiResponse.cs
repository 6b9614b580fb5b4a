using System.Net;
using System.Text.Json;

namespace Tratta.Sandbox.Tests;

/// <summary>A response as received: the status code and the raw body (kept raw to search it for leaked data).</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string Body, string? ContentType)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The <c>data</c> property of the envelope.</summary>
    public JsonElement Data => Json.GetProperty("data");
}
