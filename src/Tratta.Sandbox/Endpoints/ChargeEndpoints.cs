using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tratta.Sandbox.Json;
using Tratta.Sandbox.Operations;

namespace Tratta.Sandbox.Endpoints;

/// <summary>POST /charges, answered in the <c>data</c> envelope with an immediate or a scheduled charge.</summary>
internal sealed class ChargeEndpoints(ChargeOperations operations)
{
    public void Map(IEndpointRouteBuilder api) => api.MapPost("/charges", CreateAsync);

    private Task CreateAsync(HttpContext context) =>
        EndpointResults.WithBodyAsync(context, body =>
            EndpointResults.WriteDataAsync(context, operations.Create(body), StatusCodes.Status201Created, ChargeJson.Write));
}
