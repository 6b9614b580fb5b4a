using Microsoft.AspNetCore.Builder;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.Operations;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Endpoints;

/// <summary>
/// The 11 operations of spec/tratta.yaml under /api/v1. Every handler is a plain <c>RequestDelegate</c>: no
/// parameter binding, so neither reflection nor the Request Delegate Generator is involved and trimming is safe.
/// </summary>
internal static class SandboxRoutes
{
    public const string ApiBasePath = "/api/v1";

    public static void Map(WebApplication app, SandboxState state)
    {
        var api = app.MapGroup(ApiBasePath);
        new CustomerEndpoints(new CustomerOperations(state)).Map(api);
        new AddressEndpoints(new AddressOperations(state)).Map(api);
        new PaymentMethodEndpoints(new PaymentMethodOperations(state)).Map(api);
        new ChargeEndpoints(new ChargeOperations(state)).Map(api);

        // Any other path: Laravel's 404 body rather than an empty response.
        app.MapFallback(ErrorResponses.NotFoundAsync);
    }
}
