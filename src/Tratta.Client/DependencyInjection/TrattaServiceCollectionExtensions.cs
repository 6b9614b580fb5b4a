using System;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tratta.Client;
using Tratta.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Tratta client with dependency injection.</summary>
public static class TrattaServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITrattaClient"/> (and <see cref="TrattaClient"/>) as a typed client of IHttpClientFactory, with
    /// options bound from the <c>Tratta</c> section of <paramref name="configuration"/> and validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding a <c>Tratta</c> section, or that section itself.</param>
    /// <param name="configure">Changes applied after binding, if any.</param>
    /// <returns>The HttpClient builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddTrattaClient(this IServiceCollection services, IConfiguration configuration, Action<TrattaClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: TrattaClientOptions.SectionName } ? configuration : configuration.GetSection(TrattaClientOptions.SectionName);
        services.AddOptions<TrattaClientOptions>().Bind(section);
        return services.AddTrattaClient(configure);
    }

    /// <summary>
    /// Registers <see cref="ITrattaClient"/> (and <see cref="TrattaClient"/>) as a typed client of IHttpClientFactory, with the
    /// resilience handler and per-attempt logging; options are validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (organization, API key, resilience).</param>
    /// <returns>The HttpClient builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddTrattaClient(this IServiceCollection services, Action<TrattaClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<TrattaClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // A second call adds its configure step but not a second set of handlers (twice the retries, twice the logs).
        if (services.Any(service => service.ServiceType == typeof(TrattaClientRegistration)))
        {
            return services.AddHttpClient(TrattaClient.HttpClientName);
        }

        services.AddSingleton<TrattaClientRegistration>();
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrattaClientOptions>, TrattaClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var builder = services.AddHttpClient(TrattaClient.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => new TrattaResilienceHandler(Options(provider).Resilience, provider.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(provider => new TrattaLoggingHandler(provider.GetRequiredService<ILoggerFactory>().CreateLogger<TrattaClient>(), provider.GetRequiredService<TimeProvider>()))
            // IHttpClientFactory's own loggers write the full request URI; the Tratta handler logs the path template.
            .RemoveAllLoggers();

        builder.AddTypedClient<TrattaClient>((http, provider) => new TrattaClient(http, Options(provider), provider.GetRequiredService<TimeProvider>()));
        builder.AddTypedClient<ITrattaClient>((http, provider) => new TrattaClient(http, Options(provider), provider.GetRequiredService<TimeProvider>()));
        return builder;
    }

    private static TrattaClientOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<TrattaClientOptions>>().Value;

    // Marks a service collection that AddTrattaClient has set up.
    private sealed class TrattaClientRegistration
    {
    }

    private sealed class TrattaClientOptionsValidator : IValidateOptions<TrattaClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, TrattaClientOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
