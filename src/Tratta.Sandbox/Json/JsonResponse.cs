using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Tratta.Sandbox.Json;

/// <summary>
/// Writes a JSON response with <see cref="Utf8JsonWriter"/>: no reflection-based serializer, so the sandbox stays
/// trim-safe, and every byte of every response is written on purpose against the spec's schemas.
/// </summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write)
    {
        // Built in memory first so the response carries a Content-Length and a half-written body never goes out.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Writes <c>{"data": ...}</c>, the envelope of the customer, payment method and charge responses.</summary>
    public static Task WriteDataAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> writeData) =>
        WriteAsync(context, statusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteEndObject();
        });
}
