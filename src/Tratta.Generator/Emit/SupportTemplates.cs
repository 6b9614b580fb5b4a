using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// The public types every client has (its exceptions, the validation error model), kept as C# files under
/// Templates/ with tokens for the spec's namespace and the client's prefix.
/// </summary>
internal static class SupportTemplates
{
    private const string ResourcePrefix = "Tratta.Generator.Templates.";

    /// <summary>The name prefix of a client's support types: <c>TrattaClient</c> → <c>Tratta</c>.</summary>
    public static string Prefix(ClientModel client) => Prefix(client.ClientName);

    public static string Prefix(string clientName) =>
        clientName.EndsWith("Client", System.StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

    public static string ApiExceptionName(ClientModel client) => Prefix(client) + "ApiException";

    public static string ValidationExceptionName(ClientModel client) => Prefix(client) + "ValidationException";

    public static IEnumerable<GeneratedFile> Emit(ClientModel client)
    {
        foreach (var (typeName, template) in EmbeddedSources.Under(ResourcePrefix))
        {
            var text = template
                .Replace("TRATTA_NAMESPACE", client.Namespace)
                .Replace("TRATTA_PREFIX", Prefix(client))
                .Replace("TRATTA_API_NAME", SourceWriter.XmlLine(client.ApiName))
                .Replace("TRATTA_GENERATOR_VERSION", EmitConventions.GeneratorVersion);

            // Templates whose types carry the client's prefix (TrattaApiException) are named after it too.
            var emittedName = template.Contains("class TRATTA_PREFIX") ? Prefix(client) + typeName : typeName;
            // "Support." keeps these hint names apart from those of the spec's types (a schema may be called Page).
            yield return new GeneratedFile($"{client.HintPrefix}Support.{emittedName}.g.cs", text);
        }
    }
}
