using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Tratta.Sandbox.Endpoints;
using Tratta.Sandbox.Json;

namespace Tratta.Sandbox.Http;

/// <summary>
/// Every API request needs <c>Authorization: Bearer &lt;api key&gt;</c>; without it, or with another key, the answer
/// is Laravel's 401 <c>{"message": "Unauthenticated."}</c>. Checked before routing's handlers run, so an unknown
/// customer is never revealed to a caller without the key.
/// </summary>
internal sealed class BearerAuthentication(string apiKey)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(apiKey);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(SandboxRoutes.ApiBasePath) && !IsAuthorized(context.Request))
        {
            await ErrorResponses.UnauthenticatedAsync(context);
            return;
        }

        await next(context);
    }

    private bool IsAuthorized(HttpRequest request)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        // Constant time, as a real API must; a sandbox key is no secret, but the habit costs nothing.
        return CryptographicOperations.FixedTimeEquals(token, _expected);
    }
}
