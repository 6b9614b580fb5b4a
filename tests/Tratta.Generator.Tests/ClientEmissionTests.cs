using System.Linq;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>Operations become async methods on a client and its operation groups.</summary>
public sealed class ClientEmissionTests
{
    public const string Spec = """
        openapi: 3.1.0
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - { name: limit, in: query, schema: { type: integer } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/PetList' }
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Pet' }
              responses:
                "201":
                  description: created
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
          /pets/{petId}:
            parameters:
              - { name: petId, in: path, required: true, schema: { type: string } }
            get:
              operationId: getPet
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
            delete:
              operationId: deletePet
              responses:
                "204": { description: deleted }
          /pets/{petId}/toys:
            get:
              operationId: listToys
              parameters:
                - { name: petId, in: path, required: true, schema: { type: string } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Toy' } }
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                id: { type: string }
                name: { type: string }
            Toy:
              type: object
              properties:
                name: { type: string }
            PetList:
              type: object
              x-tratta-envelope: data
              properties:
                data: { type: array, items: { $ref: '#/components/schemas/Pet' } }
        """;

    [Fact]
    public void The_generated_client_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Operations_are_grouped_by_the_static_segments_of_their_paths()
    {
        var run = GeneratorHarness.Run(Spec);

        var client = run.Output.GetTypeByMetadataName("Test.Api.ITestClient")!;
        var pets = run.Output.GetTypeByMetadataName("Test.Api.IPetsOperations")!;
        var toys = run.Output.GetTypeByMetadataName("Test.Api.IPetsToysOperations")!;
        Assert.Equal("Test.Api.IPetsOperations", client.GetMembers("Pets").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal(["CreateAsync", "DeleteAsync", "GetAsync", "ListAsync"], pets.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).Order());
        Assert.Equal("Test.Api.IPetsToysOperations", pets.GetMembers("Toys").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        var listToys = toys.GetMembers("ListAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Test.Api.Toy>>", listToys.ReturnType.ToDisplayString());
        Assert.Equal(["petId", "cancellationToken"], listToys.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void An_enveloped_response_returns_the_value_inside_the_envelope()
    {
        var run = GeneratorHarness.Run(Spec);

        var list = run.Output.GetTypeByMetadataName("Test.Api.IPetsOperations")!.GetMembers("ListAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Test.Api.Pet>>", list.ReturnType.ToDisplayString());
        Assert.Equal(["limit", "cancellationToken"], list.Parameters.Select(p => p.Name));
        Assert.Null(run.Output.GetTypeByMetadataName("Test.Api.PetList"));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_spec_s_server_is_the_base_url_when_the_http_client_has_none()
    {
        var run = GeneratorHarness.Run(Spec.Replace("paths:\n", "servers:\n  - url: https://pets.example.test/v1\npaths:\n"));
        var handler = new RecordingHandler();
        var client = System.Activator.CreateInstance(run.Load().GetType("Test.Api.TestClient", throwOnError: true)!, new System.Net.Http.HttpClient(handler))!;

        await DeletePetAsync(client, "p1");

        Assert.Equal("https://pets.example.test/v1", client.GetType().GetField("ServerUrl")!.GetRawConstantValue());
        Assert.Equal("https://pets.example.test/v1/pets/p1", Assert.Single(handler.Uris).ToString());
    }

    [Fact]
    public async System.Threading.Tasks.Task A_server_url_with_variables_is_not_guessed_the_client_says_it_has_no_base_url()
    {
        var run = GeneratorHarness.Run(Spec.Replace("paths:\n", "servers:\n  - url: https://{tenant}.pets.example.test/v1\n    variables: { tenant: { default: demo } }\npaths:\n"));
        var handler = new RecordingHandler();
        var client = System.Activator.CreateInstance(run.Load().GetType("Test.Api.TestClient", throwOnError: true)!, new System.Net.Http.HttpClient(handler))!;

        var exception = await Assert.ThrowsAsync<System.InvalidOperationException>(() => DeletePetAsync(client, "p1"));

        Assert.Contains("no base URL", exception.Message);
        Assert.Empty(handler.Uris);
    }

    private static System.Threading.Tasks.Task DeletePetAsync(object client, string petId)
    {
        var pets = client.GetType().GetProperty("Pets")!.GetValue(client)!;
        return (System.Threading.Tasks.Task)pets.GetType().GetMethod("DeleteAsync")!.Invoke(pets, [petId, System.Threading.CancellationToken.None])!;
    }

    private sealed class RecordingHandler : System.Net.Http.HttpMessageHandler
    {
        public System.Collections.Generic.List<System.Uri> Uris { get; } = [];

        protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            return System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
