using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Writes the exception a failed call throws, named after the client (<c>TrattaClient</c> → <c>TrattaApiException</c>).</summary>
internal static class ExceptionEmitter
{
    public static string ExceptionName(ClientModel client) => ClientPrefix(client) + "ApiException";

    public static string ClientPrefix(ClientModel client) =>
        client.ClientName.EndsWith("Client", System.StringComparison.Ordinal) && client.ClientName.Length > "Client".Length
            ? client.ClientName.Substring(0, client.ClientName.Length - "Client".Length)
            : client.ClientName;

    public static GeneratedFile Emit(ClientModel client)
    {
        var name = ExceptionName(client);
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.Line($"/// <summary>A call to the {SourceWriter.Xml(client.ApiName)} did not succeed, or its response could not be read.</summary>");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name} : global::System.Exception");
        writer.Line($"/// <summary>Creates the exception.</summary>");
        writer.OpenConstructor($"public {name}(string message, global::System.Net.HttpStatusCode? statusCode = null, string? operation = null, global::System.Exception? innerException = null)", "base(message, innerException)");
        writer.Line("StatusCode = statusCode;");
        writer.Line("Operation = operation;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>The HTTP status code, when the server answered.</summary>");
        writer.Line("public global::System.Net.HttpStatusCode? StatusCode { get; }");
        writer.Line();
        writer.Line("/// <summary>The method and path template of the call, e.g. <c>GET /customers/{customer}</c>.</summary>");
        writer.Line("public string? Operation { get; }");
        writer.Line();
        writer.OpenBlock($"internal static global::System.Exception FromFailure(global::Tratta.Generator.Runtime.ApiFailure failure)");
        writer.Line("var status = failure.Response.StatusCode;");
        writer.Line($"return new {name}($\"{{failure.Operation}} failed with {{(int)status}} ({{failure.Response.ReasonPhrase ?? status.ToString()}}).\", status, failure.Operation);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("internal static global::System.Exception InvalidResponse(string operation, global::System.Exception exception)");
        writer.Line($"return new {name}($\"{{operation}} returned a body that is not the JSON the spec describes: {{exception.Message}}\", null, operation, exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.g.cs", writer.ToString());
    }
}
