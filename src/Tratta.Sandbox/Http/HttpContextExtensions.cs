using Microsoft.AspNetCore.Http;

namespace Tratta.Sandbox.Http;

/// <summary>Small readers of the request the endpoints share.</summary>
internal static class HttpContextExtensions
{
    /// <summary>A route value such as {customer} or {addressId}; routing has already URL-decoded it.</summary>
    public static string RouteValue(this HttpContext context, string name) =>
        context.Request.RouteValues[name] as string ?? string.Empty;
}
