using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Tratta.Sandbox.Http;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Endpoints;

/// <summary>The steps every endpoint shares: read the body, write an operation's outcome.</summary>
internal static class EndpointResults
{
    /// <summary>Reads the body and hands its root object to <paramref name="handle"/>; a bad body is a 422.</summary>
    public static async Task WithBodyAsync(HttpContext context, Func<JsonElement, Task> handle)
    {
        using var body = await RequestBody.ReadAsync(context);
        if (body.Error is { } error)
        {
            await ErrorResponses.MalformedBodyAsync(context, error);
            return;
        }

        await handle(body.Document!.RootElement);
    }

    /// <summary>Writes 404, 422 with the errors, or <paramref name="statusCode"/> with the value.</summary>
    public static Task WriteAsync<T>(HttpContext context, Outcome<T> outcome, int statusCode, Action<Utf8JsonWriter, T> write) =>
        outcome.Kind switch
        {
            OutcomeKind.NotFound => ErrorResponses.NotFoundAsync(context),
            OutcomeKind.Invalid => ErrorResponses.ValidationFailedAsync(context, outcome.Errors!),
            _ => JsonResponse.WriteAsync(context, statusCode, writer => write(writer, outcome.Value!)),
        };

    /// <summary>As <see cref="WriteAsync{T}"/>, with the value inside the <c>{"data": ...}</c> envelope.</summary>
    public static Task WriteDataAsync<T>(HttpContext context, Outcome<T> outcome, int statusCode, Action<Utf8JsonWriter, T> write) =>
        WriteAsync<T>(context, outcome, statusCode, (writer, value) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            write(writer, value);
            writer.WriteEndObject();
        });

    public static Task WriteDeletedAsync(HttpContext context, bool deleted) =>
        deleted ? ErrorResponses.DeletedAsync(context) : ErrorResponses.NotFoundAsync(context);
}
