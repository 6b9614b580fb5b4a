using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.Json;

/// <summary>
/// The bodies the docs leave undocumented and the spec takes from Laravel: <c>{"message"}</c> for 401 and 404,
/// <c>{"message", "errors"}</c> for 422, and the bare <c>{"success": true}</c> of a delete.
/// </summary>
internal static class ErrorResponses
{
    public static Task UnauthenticatedAsync(HttpContext context) =>
        MessageAsync(context, StatusCodes.Status401Unauthorized, "Unauthenticated.");

    public static Task NotFoundAsync(HttpContext context) =>
        MessageAsync(context, StatusCodes.Status404NotFound, "Not Found");

    public static Task ValidationFailedAsync(HttpContext context, ValidationErrors errors) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", errors.Summary());
            writer.WriteStartObject("errors");
            foreach (var field in errors.Fields)
            {
                writer.WriteStartArray(field.Key);
                foreach (var message in field.Value)
                {
                    writer.WriteStringValue(message);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>
    /// A body that is not a JSON object. The spec declares no 400, so this is a 422 in the validation shape (with no
    /// field errors): a client reads it like any other rejected request.
    /// </summary>
    public static Task MalformedBodyAsync(HttpContext context, string message) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("errors");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    public static Task DeletedAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WriteEndObject();
        });

    private static Task MessageAsync(HttpContext context, int statusCode, string message) =>
        JsonResponse.WriteAsync(context, statusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });
}
