using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tratta.Sandbox.Http;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.Operations;

namespace Tratta.Sandbox.Endpoints;

/// <summary>POST/GET /customers and GET/PUT/DELETE /customers/{customer}, answered in the <c>data</c> envelope.</summary>
internal sealed class CustomerEndpoints(CustomerOperations operations)
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/customers", CreateAsync);
        api.MapGet("/customers", ListAsync);
        api.MapGet("/customers/{customer}", GetAsync);
        api.MapPut("/customers/{customer}", UpdateAsync);
        api.MapDelete("/customers/{customer}", DeleteAsync);
    }

    // 201: Laravel's answer for a newly created model returned as a resource (the spec allows 200 and 201).
    private Task CreateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteDataAsync(context, operations.Create(body), StatusCodes.Status201Created, CustomerJson.WriteCreated));

    private Task ListAsync(HttpContext context)
    {
        var customers = operations.List();
        return JsonResponse.WriteDataAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var customer in customers)
            {
                CustomerJson.Write(writer, customer);
            }

            writer.WriteEndArray();
        });
    }

    private Task GetAsync(HttpContext context) =>
        EndpointResults.WriteDataAsync(
            context, operations.Get(context.RouteValue("customer")), StatusCodes.Status200OK, CustomerJson.Write);

    private Task UpdateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteDataAsync(
                context, operations.Update(context.RouteValue("customer"), body), StatusCodes.Status200OK, CustomerJson.Write));

    private Task DeleteAsync(HttpContext context) =>
        EndpointResults.WriteDeletedAsync(context, operations.Delete(context.RouteValue("customer")));
}
