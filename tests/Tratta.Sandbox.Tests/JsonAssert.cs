using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;

namespace Tratta.Sandbox.Tests;

/// <summary>Assertions on JSON responses.</summary>
internal static class JsonAssert
{
    /// <summary>The object has exactly these properties, in this order.</summary>
    public static void Properties(JsonElement element, params string[] names) =>
        Assert.Equal(names, element.EnumerateObject().Select(property => property.Name).ToArray());

    public static void String(string? expected, JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
        else
        {
            Assert.Equal(JsonValueKind.String, value.ValueKind);
            Assert.Equal(expected, value.GetString());
        }
    }

    public static void Null(JsonElement element, string property) =>
        Assert.Equal(JsonValueKind.Null, element.GetProperty(property).ValueKind);

    /// <summary>A 422 whose errors are exactly <paramref name="expected"/> (field → its single message), in order.</summary>
    public static void ValidationErrors(ApiResponse response, params (string Field, string Message)[] expected)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var errors = response.Json.GetProperty("errors");
        var actual = errors.EnumerateObject()
            .Select(field => (field.Name, string.Join(" | ", field.Value.EnumerateArray().Select(message => message.GetString()))))
            .ToArray();
        Assert.Equal(expected.Select(error => (error.Field, error.Message)).ToArray(), actual);
    }

    /// <summary>A 422 whose error fields are exactly <paramref name="fields"/>, in order.</summary>
    public static void ErrorFields(ApiResponse response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(fields, response.Json.GetProperty("errors").EnumerateObject().Select(field => field.Name).ToArray());
    }

    public static void NotFound(ApiResponse response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("""{"message":"Not Found"}""", response.Body);
    }

    public static IReadOnlyList<JsonElement> Array(JsonElement element) => element.EnumerateArray().ToArray();
}
