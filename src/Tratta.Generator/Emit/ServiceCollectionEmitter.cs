using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes <c>services.Add{ClientName}(...)</c>: the client as a typed client of IHttpClientFactory, its options bound
/// from configuration (or set in code) and validated at start-up, with the runtime's payment-safe pipeline. The class
/// lives in the spec's namespace, so that two specs whose clients share a name do not collide.
/// </summary>
internal static class ServiceCollectionEmitter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";

    public static GeneratedFile Emit(ClientModel client)
    {
        var name = client.ClientName;
        var options = OptionsEmitter.ClassName(client);
        var className = name + "ServiceCollectionExtensions";
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.Line($"/// <summary>Registers <see cref=\"{name}\"/> with dependency injection.</summary>");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public static class {className}");
        writer.Line("/// <summary>");
        writer.Line($"/// Registers <see cref=\"I{name}\"/> (and <see cref=\"{name}\"/>) as a typed client of IHttpClientFactory, with options");
        writer.Line($"/// bound from the <c>{SourceWriter.Xml(client.SectionName)}</c> section of <paramref name=\"configuration\"/> and validated at start-up.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"services\">The services.</param>");
        writer.Line($"/// <param name=\"configuration\">The configuration holding a <c>{SourceWriter.Xml(client.SectionName)}</c> section, or that section itself.</param>");
        writer.Line("/// <param name=\"configure\">Changes applied after binding, if any.</param>");
        writer.Line("/// <returns>The HttpClient builder, to add handlers or change the primary handler.</returns>");
        writer.OpenBlock($"public static {Builder} Add{name}(this {Services} services, global::Microsoft.Extensions.Configuration.IConfiguration configuration, global::System.Action<{options}>? configure = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
        writer.Line($"var section = configuration is global::Microsoft.Extensions.Configuration.IConfigurationSection {{ Key: {options}.SectionName }} ? configuration : configuration.GetSection({options}.SectionName);");
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<{options}>(services).Configure(options => options.Bind(section));");
        writer.Line($"return services.Add{name}(configure);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line($"/// Registers <see cref=\"I{name}\"/> (and <see cref=\"{name}\"/>) as a typed client of IHttpClientFactory, with payment-safe");
        writer.Line("/// retries, timeouts and circuit breaking and one log event per attempt; options are validated at start-up.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"services\">The services.</param>");
        writer.Line("/// <param name=\"configure\">Sets the options (server, credentials, resilience).</param>");
        writer.Line("/// <returns>The HttpClient builder, to add handlers or change the primary handler.</returns>");
        writer.Line($"public static {Builder} Add{name}(this {Services} services, global::System.Action<{options}>? configure = null) =>");
        writer.Indent();
        writer.Line($"{RuntimeNames.ClientRegistration}.Add<{name}, I{name}, {options}>(services, {name}.HttpClientName, configure, static (httpClient, options, clock) => new {name}(httpClient, options, clock));");
        writer.Outdent();
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{className}.g.cs", writer.ToString());
    }
}
