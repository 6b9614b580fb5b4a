using System.Linq;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// What the generator cannot express as written is a located warning and a documented fallback, never a missing
/// client: each case below warns at its YAML line, and the client still compiles without a problem, with the
/// fallback member in place.
/// </summary>
public sealed class FallbackTests
{
    private const string Header = "openapi: 3.1.0\ninfo: { title: T, version: \"1\" }\n";

    public static TheoryData<string, string, int, string, string, string> Cases => new()
    {
        {
            "an XML body with a structured schema is sent as the caller's text",
            Header + "paths:\n  /pets:\n    post:\n      operationId: addPet\n      requestBody:\n        content:\n          application/xml:\n            schema: { type: object, properties: { name: { type: string } } }\n      responses: { \"204\": { description: ok } }\n",
            9, "TRATTA013", "Test.Api.PetsOperations", "CreateAsync(string"
        },
        {
            "a response of server-sent events is a stream of the raw text",
            Header + "paths:\n  /events:\n    get:\n      operationId: listEvents\n      responses:\n        \"200\":\n          description: ok\n          content:\n            text/event-stream:\n              schema: { type: string }\n",
            11, "TRATTA013", "Test.Api.EventsOperations", "Task<global::Tratta.Runtime.FileResponse> ListAsync("
        },
        {
            "a file in the query is taken as a string",
            Header + "paths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        - { name: photo, in: query, schema: { type: string, format: binary } }\n      responses: { \"204\": { description: ok } }\n",
            8, "TRATTA013", "Test.Api.PetsOperations", "ListAsync(string? photo"
        },
        {
            "a style the location does not allow is replaced by its default",
            Header + "paths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        - { name: tags, in: query, style: matrix, schema: { type: array, items: { type: string } } }\n      responses: { \"204\": { description: ok } }\n",
            8, "TRATTA013", "Test.Api.PetsOperations", "ListAsync(global::System.Collections.Generic.IReadOnlyList<string>? tags"
        },
        {
            "a path placeholder nothing declares is filled in by a string parameter",
            Header + "paths:\n  /pets/{petId}:\n    get:\n      operationId: getPet\n      responses: { \"204\": { description: ok } }\n",
            5, "TRATTA015", "Test.Api.PetsOperations", "GetAsync(string petId"
        },
        {
            "a path parameter the path does not have is left out",
            Header + "paths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        - { name: petId, in: path, required: true, schema: { type: string } }\n      responses: { \"204\": { description: ok } }\n",
            8, "TRATTA015", "Test.Api.PetsOperations", "ListAsync(global::System.Threading.CancellationToken"
        },
        {
            "a duplicate operationId still gives both operations",
            Header + "paths:\n  /pets:\n    get:\n      operationId: pets\n      responses: { \"204\": { description: ok } }\n  /dogs:\n    get:\n      operationId: pets\n      responses: { \"204\": { description: ok } }\n",
            10, "TRATTA010", "Test.Api.DogsOperations", "Pets2Async("
        },
        {
            "two parameters with one C# name are numbered",
            Header + "paths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        - { name: page.size, in: query, schema: { type: integer } }\n        - { name: page-size, in: query, schema: { type: integer } }\n      responses: { \"204\": { description: ok } }\n",
            9, "TRATTA011", "Test.Api.PetsOperations", "int? pageSize = null, int? pageSize2 = null"
        },
        {
            "a multipart body that is not an object is sent as JSON",
            Header + "paths:\n  /pets:\n    post:\n      operationId: addPets\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: { type: array, items: { type: string } }\n      responses: { \"204\": { description: ok } }\n",
            9, "TRATTA013", "Test.Api.PetsOperations", "RequestContent.Json("
        },
        {
            "a body without content is left out",
            Header + "paths:\n  /pets:\n    post:\n      operationId: addPet\n      requestBody: { description: nothing }\n      responses: { \"204\": { description: ok } }\n",
            7, "TRATTA013", "Test.Api.PetsOperations", "CreateAsync(global::System.Threading.CancellationToken"
        },
        {
            "two union cases with one tag value: the first is read",
            Header + "paths: {}\ncomponents:\n  schemas:\n    Shape:\n      discriminator: { propertyName: kind }\n      oneOf:\n        - { type: object, required: [kind], properties: { kind: { enum: [round, circle] }, r: { type: number } } }\n        - { type: object, required: [kind], properties: { kind: { enum: [round] }, d: { type: number } } }\n",
            8, "TRATTA021", "Test.Api.Serialization.ShapeJsonConverter", "case \"round\":"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_cannot_be_expressed_warns_where_it_stands_and_the_client_compiles(string fallback, string spec, int line, string id, string typeName, string expectedCode)
    {
        var run = GeneratorHarness.Run(spec);

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(line, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems());
        var source = run.Sources.Single(s => s.HintName == typeName + ".g.cs").SourceText.ToString();
        Assert.True(source.Contains(expectedCode, System.StringComparison.Ordinal), $"{fallback}: '{expectedCode}' not in\n{source}");
    }
}
