using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Tratta.Sandbox.Http;

/// <summary>
/// Reads a request body into a <see cref="JsonDocument"/> whose root is an object: JSON as the spec sends it, or
/// the form-encoded bodies of the docs' curl examples (converted by <see cref="FormBody"/>). An empty body is an
/// empty object, which the rules then report field by field, as Laravel does.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private RequestBody(JsonDocument? document, string? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The body; null when <see cref="Error"/> says why it could not be read.</summary>
    public JsonDocument? Document { get; }

    public string? Error { get; }

    public static async Task<RequestBody> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                // A multipart body without its boundary, a form over the size limit: a 422 like any unreadable body.
                return new RequestBody(null, "The request body is not a valid form.");
            }

            return new RequestBody(FormBody.ToJson(form), null);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length == 0)
        {
            return new RequestBody(JsonDocument.Parse("{}"), null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            // The parser's message quotes the body around the error position, which may be card data: not echoed.
            return new RequestBody(null, "The request body is not valid JSON.");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return new RequestBody(null, "The request body must be a JSON object.");
        }

        return new RequestBody(document, null);
    }

    public void Dispose() => Document?.Dispose();
}
