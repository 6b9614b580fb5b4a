using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes how a client is made: from an HttpClient of the caller's, from an HttpClient and the options, or with its
/// whole pipeline from the options alone (<c>Create</c>), plus the constants the DI registration and users need.
/// </summary>
internal static class ClientConstructionEmitter
{
    private const string HttpClient = "global::System.Net.Http.HttpClient";
    private const string TimeProvider = "global::System.TimeProvider";

    public static GeneratedFile Emit(ClientModel client)
    {
        var name = client.ClientName;
        var options = OptionsEmitter.ClassName(client);

        // Operations with servers of their own go there unless the caller chose the base address (a proxy, a mock).
        var hasOperationServers = client.Groups.Any(g => g.Operations.Any(o => o.Server is not null));
        var clientServers = hasOperationServers ? ", useOperationServers: httpClient?.BaseAddress is null" : "";
        var optionServers = hasOperationServers ? ", useOperationServers: options.BaseUrl is null" : "";
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.OpenBlock($"public sealed partial class {name}");
        writer.Line($"/// <summary>The name of the HttpClient that <c>Add{name}</c> registers with IHttpClientFactory.</summary>");
        writer.Line($"public const string HttpClientName = {SourceWriter.Literal(client.Namespace + "." + name)};");
        writer.Line();
        if (client.ServerUrl is { } serverUrl)
        {
            writer.Line("/// <summary>The URL of the spec's first server" + (serverUrl.IndexOf('{') >= 0 ? $"; each <c>{{name}}</c> is a server variable, set in <see cref=\"{options}\"/>." : ": the base URL when nothing else gives one.") + "</summary>");
            writer.Line($"public const string ServerUrl = {SourceWriter.Literal(serverUrl)};");
            writer.Line();
        }

        writer.Line($"private static readonly global::System.Net.Http.Headers.ProductInfoHeaderValue _userAgent = {RuntimeNames.ApiConnection}.UserAgentOf(typeof({name}));");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Creates a client that sends its requests with <paramref name=\"httpClient\"/>, whose");
        writer.Line("/// <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> is the API's base URL" + (client.ServerUrl is { } url && url.IndexOf('{') < 0 ? " (the spec's server when it has none)" : "") + " and whose");
        writer.Line($"/// handlers add authentication. With options, use <see cref=\"{name}({HttpClient}, {options}, {TimeProvider})\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"httpClient\">The HTTP client to send requests with.</param>");
        writer.OpenConstructor($"public {name}({HttpClient} httpClient)", $"this(httpClient, {TimeProvider}.System)");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>Creates a client that sends its requests with <paramref name=\"httpClient\"/> and checks date rules");
        writer.Line("/// against <paramref name=\"timeProvider\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The HTTP client to send requests with.</param>");
        writer.Line("/// <param name=\"timeProvider\">The clock that rules such as \"on or after today\" use.</param>");
        writer.OpenConstructor(
            $"public {name}({HttpClient} httpClient, {TimeProvider} timeProvider)",
            $"this(new {RuntimeNames.ApiConnection}(httpClient, timeProvider{(client.ServerUrl is null ? "" : ", serverUrl: ServerUrl")}, userAgent: _userAgent{clientServers}))");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Creates a client that sends its requests with <paramref name=\"httpClient\"/> to the base URL of");
        writer.Line("/// <paramref name=\"options\"/>, with its credentials on every request that needs them. Retries and logging come");
        writer.Line("/// from the handlers of <paramref name=\"httpClient\"/>: see <see cref=\"Create\"/> for a client that has them.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"httpClient\">The HTTP client to send requests with; its BaseAddress is not used.</param>");
        writer.Line("/// <param name=\"options\">The base URL and credentials; validated here.</param>");
        writer.Line("/// <param name=\"timeProvider\">The clock for date rules; the system clock when null.</param>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">The options are not valid; the message lists every problem.</exception>");
        writer.OpenConstructor(
            $"public {name}({HttpClient} httpClient, {options} options, {TimeProvider}? timeProvider = null)",
            $"this(new {RuntimeNames.ApiConnection}(httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient)), timeProvider, (options ?? throw new global::System.ArgumentNullException(nameof(options))).GetBaseAddress(), credentials: options.GetCredentials(), userAgent: _userAgent{optionServers}))");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Creates a client with its own HTTP pipeline, for use without dependency injection: connection pooling,");
        writer.Line("/// payment-safe retries, timeouts and circuit breaking, and one log event per attempt. Create it once and keep");
        writer.Line("/// it for the life of the application, as an HttpClient.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"options\">The base URL, credentials and resilience settings; validated here.</param>");
        writer.Line("/// <param name=\"loggerFactory\">Where attempts are logged; nowhere when null.</param>");
        writer.Line("/// <param name=\"timeProvider\">The clock for retries, timeouts and date rules; the system clock when null.</param>");
        writer.Line("/// <returns>The client.</returns>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">The options are not valid; the message lists every problem.</exception>");
        writer.OpenBlock($"public static {name} Create({options} options, global::Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, {TimeProvider}? timeProvider = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
        writer.Line("options.ThrowIfInvalid();");
        writer.Line($"var logger = (loggerFactory ?? global::Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger(typeof({name}).FullName!);");
        writer.Line($"return new {name}({RuntimeNames.HttpClientFactory}.Create(options.Resilience, logger, timeProvider), options, timeProvider);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.Construction.g.cs", writer.ToString());
    }
}
