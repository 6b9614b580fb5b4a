using System.Globalization;
using System.Text;

namespace Tratta.Benchmarks.Generator;

/// <summary>
/// Writes an OpenAPI 3.1 document of a given number of operations, made in code rather than committed: resources of
/// five operations each (list, create, get, update, delete) with a record, a request record with rules, an enum and a
/// page, so that doubling the operations doubles every kind of work the generator does.
/// </summary>
public static class SyntheticSpec
{
    public static string Write(int operations)
    {
        var resources = (operations + 4) / 5;
        var text = new StringBuilder(operations * 1_200);
        text.Append("""
            openapi: 3.1.0
            info:
              title: Synthetic API
              version: 1.0.0
            servers:
              - url: https://api.example.com/v1
            security:
              - bearer: []
            paths:

            """);
        for (var i = 0; i < resources; i++)
        {
            WritePaths(text, Name(i));
        }

        text.Append("""
            components:
              securitySchemes:
                bearer:
                  type: http
                  scheme: bearer
              schemas:
                Error:
                  type: object
                  required: [message]
                  properties:
                    message:
                      type: string
                    code:
                      type: string
                Owner:
                  type: object
                  properties:
                    id:
                      type: string
                      format: uuid
                    email:
                      type: [string, 'null']
                      format: email

            """);
        for (var i = 0; i < resources; i++)
        {
            WriteSchemas(text, Name(i));
        }

        return text.ToString();
    }

    private static string Name(int index) => "Widget" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static void WritePaths(StringBuilder text, string name)
    {
        var path = "/" + name.ToLowerInvariant() + "s";
        text.Append($$"""
              {{path}}:
                get:
                  operationId: list{{name}}s
                  tags: [{{name}}]
                  summary: Lists the {{name}}s.
                  parameters:
                    - { name: page, in: query, schema: { type: integer, minimum: 1 } }
                    - { name: status, in: query, schema: { $ref: '#/components/schemas/{{name}}Status' } }
                  responses:
                    '200':
                      description: A page.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/{{name}}Page' }
                    4XX:
                      description: An error.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Error' }
                post:
                  operationId: create{{name}}
                  tags: [{{name}}]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/{{name}}Input' }
                  responses:
                    '201':
                      description: Created.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/{{name}}' }
              {{path}}/{id}:
                parameters:
                  - { name: id, in: path, required: true, schema: { type: string } }
                get:
                  operationId: get{{name}}
                  tags: [{{name}}]
                  responses:
                    '200':
                      description: The resource.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/{{name}}' }
                patch:
                  operationId: update{{name}}
                  tags: [{{name}}]
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/{{name}}Input' }
                  responses:
                    '200':
                      description: Updated.
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/{{name}}' }
                delete:
                  operationId: delete{{name}}
                  tags: [{{name}}]
                  responses:
                    '204':
                      description: Deleted.

            """);
    }

    private static void WriteSchemas(StringBuilder text, string name) => text.Append($$"""
            {{name}}Status:
              type: string
              enum: [active, paused, archived]
            {{name}}:
              type: object
              description: A {{name}}.
              required: [id, name, status, created_at]
              properties:
                id:
                  type: string
                  format: uuid
                name:
                  type: string
                status:
                  $ref: '#/components/schemas/{{name}}Status'
                amount:
                  type: number
                  format: double
                created_at:
                  type: string
                  format: date-time
                tags:
                  type: array
                  items:
                    type: string
                owner:
                  $ref: '#/components/schemas/Owner'
                metadata:
                  type: object
                  additionalProperties:
                    type: string
            {{name}}Input:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                  minLength: 1
                  maxLength: 100
                status:
                  $ref: '#/components/schemas/{{name}}Status'
                amount:
                  type: number
                  minimum: 0
                code:
                  type: string
                  pattern: '^[A-Z]{3}-[0-9]{4}$'
                tags:
                  type: array
                  maxItems: 20
                  items:
                    type: string
            {{name}}Page:
              type: object
              required: [data]
              properties:
                data:
                  type: array
                  items:
                    $ref: '#/components/schemas/{{name}}'
                next:
                  type: [string, 'null']
                  format: uri

        """);
}
