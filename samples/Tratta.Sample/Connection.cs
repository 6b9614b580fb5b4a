using System;
using System.Threading.Tasks;
using Tratta.Sandbox;

namespace Tratta.Sample;

/// <summary>
/// Where the sample sends its requests: the API named by <c>TRATTA_BASE_URL</c> and <c>TRATTA_API_KEY</c>, or else a
/// sandbox started in this process on a free loopback port.
/// </summary>
internal sealed class Connection : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;

    private Connection(Uri baseUrl, string apiKey, SandboxServer? sandbox)
    {
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        _sandbox = sandbox;
    }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public bool IsSandbox => _sandbox is not null;

    /// <summary>
    /// The debt account the charges go against: the sandbox's seeded DEBT-1001 (active, $1,500), or for another server
    /// <c>TRATTA_DEBT_ACCOUNT</c> (default <c>DEBT-1001</c>).
    /// </summary>
    public string DebtAccount => !IsSandbox && Environment.GetEnvironmentVariable("TRATTA_DEBT_ACCOUNT") is { Length: > 0 } account ? account : "DEBT-1001";

    public static async Task<Connection> OpenAsync()
    {
        var baseUrl = Environment.GetEnvironmentVariable("TRATTA_BASE_URL");
        var apiKey = Environment.GetEnvironmentVariable("TRATTA_API_KEY");
        if (string.IsNullOrEmpty(baseUrl) != string.IsNullOrEmpty(apiKey))
        {
            // Half a configuration must not fall back to the built-in sandbox and "succeed" against the wrong server.
            throw new InvalidOperationException("Set both TRATTA_BASE_URL and TRATTA_API_KEY, or neither to use the built-in sandbox.");
        }

        if (!string.IsNullOrEmpty(baseUrl) && !string.IsNullOrEmpty(apiKey))
        {
            return Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
                ? new Connection(url, apiKey, sandbox: null)
                : throw new InvalidOperationException("TRATTA_BASE_URL is not an absolute URL, such as https://example.test/api/v1/.");
        }

        var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        return new Connection(sandbox.BaseAddress, sandbox.ApiKey, sandbox);
    }

    /// <summary>The debt account's balance as the sandbox holds it (the API has no endpoint for it).</summary>
    public decimal? Balance(string debtAccount) => _sandbox?.GetDebtAccount(debtAccount)?.CurrentBalance;

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
