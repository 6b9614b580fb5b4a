using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tratta.Sandbox.Http;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.Operations;

namespace Tratta.Sandbox.Endpoints;

/// <summary>POST /customers/{customer}/payment-methods, answered in the <c>data</c> envelope.</summary>
internal sealed class PaymentMethodEndpoints(PaymentMethodOperations operations)
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/customers/{customer}/payment-methods", CreateAsync);

    private Task CreateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteDataAsync(
                context,
                operations.Create(context.RouteValue("customer"), body),
                StatusCodes.Status201Created,
                PaymentMethodJson.Write));
}
