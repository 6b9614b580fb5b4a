using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// A document with operations gets the types its operations reach, not every schema it declares: the compiler builds
/// the generated code on every spec edit, and real documents declare many schemas nothing uses.
/// </summary>
public sealed class ReachableSchemaTests
{
    private const string Schemas = """
          schemas:
            Order:
              type: object
              properties:
                id: { type: string }
                lines: { type: array, items: { $ref: '#/components/schemas/Line' } }
                status: { $ref: '#/components/schemas/Status' }
            Line:
              type: object
              properties:
                sku: { type: string }
            Status:
              type: string
              enum: [open, closed]
            Webhook:
              type: object
              properties:
                event: { type: string }
        """;

    private const string Operations = """
        paths:
          /orders/{id}:
            get:
              operationId: getOrder
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: The order.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Order' }
        """;

    [Fact]
    public void Schemas_no_operation_reaches_are_left_out()
    {
        var names = TypeFiles("openapi: 3.1.0\ninfo: { title: Shop, version: '1' }\n" + Operations + "\ncomponents:\n" + Schemas);

        Assert.Equal(["Line", "Order", "Status"], names);
    }

    [Fact]
    public void The_spec_can_ask_for_every_schema()
    {
        var names = TypeFiles("openapi: 3.1.0\nx-tratta-schemas: all\ninfo: { title: Shop, version: '1' }\n" + Operations + "\ncomponents:\n" + Schemas);

        Assert.Equal(["Line", "Order", "Status", "Webhook"], names);
    }

    [Fact]
    public void A_document_without_operations_gets_every_schema()
    {
        var names = TypeFiles("openapi: 3.1.0\ninfo: { title: Shop, version: '1' }\npaths: {}\ncomponents:\n" + Schemas);

        Assert.Equal(["Line", "Order", "Status", "Webhook"], names);
    }

    // The generated types, from their converters' file names (one per record, enum or union).
    private static string[] TypeFiles(string spec)
    {
        var run = GeneratorHarness.Run(spec);
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Empty(run.CompilationProblems());
        return run.Sources
            .Select(source => source.HintName)
            .Where(name => name.StartsWith("Test.Api.Serialization.", System.StringComparison.Ordinal))
            .Select(name => name["Test.Api.Serialization.".Length..^"JsonConverter.g.cs".Length])
            .Order(System.StringComparer.Ordinal)
            .ToArray();
    }
}
