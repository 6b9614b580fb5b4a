using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tratta.Sandbox.Http;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.Operations;

namespace Tratta.Sandbox.Endpoints;

/// <summary>
/// /customers/{customer}/addresses[/{addressId}]. These answer with the bare address or array, without the
/// <c>data</c> envelope, as the docs (and the spec's decision) have it.
/// </summary>
internal sealed class AddressEndpoints(AddressOperations operations)
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/customers/{customer}/addresses", CreateAsync);
        api.MapGet("/customers/{customer}/addresses", ListAsync);
        api.MapPut("/customers/{customer}/addresses/{addressId}", UpdateAsync);
        api.MapDelete("/customers/{customer}/addresses/{addressId}", DeleteAsync);
    }

    private Task CreateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteAsync(
                context, operations.Create(context.RouteValue("customer"), body), StatusCodes.Status201Created, AddressJson.Write));

    private Task ListAsync(HttpContext context) =>
        EndpointResults.WriteAsync(context, operations.List(context.RouteValue("customer")), StatusCodes.Status200OK, (writer, addresses) =>
        {
            writer.WriteStartArray();
            foreach (var address in addresses)
            {
                AddressJson.Write(writer, address);
            }

            writer.WriteEndArray();
        });

    private Task UpdateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteAsync(
                context,
                operations.Update(context.RouteValue("customer"), context.RouteValue("addressId"), body),
                StatusCodes.Status200OK,
                AddressJson.Write));

    private Task DeleteAsync(HttpContext context) =>
        EndpointResults.WriteDeletedAsync(
            context, operations.Delete(context.RouteValue("customer"), context.RouteValue("addressId")));
}
