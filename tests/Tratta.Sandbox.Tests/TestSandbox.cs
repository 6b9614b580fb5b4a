using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Sandbox.Tests;

/// <summary>
/// One sandbox per test, started on a free loopback port, with a plain <see cref="HttpClient"/> that sends the API
/// key. Bodies are written as JSON text so each test shows exactly what goes over the wire.
/// </summary>
internal sealed class TestSandbox : IAsyncDisposable
{
    /// <summary>Noon UTC: "today" is the same date wherever it is read.</summary>
    public static readonly DateTimeOffset Noon = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private TestSandbox(SandboxServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.ApiKey);
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>Starts a sandbox whose today is 2025-06-15 unless <paramref name="configure"/> says otherwise.</summary>
    public static async Task<TestSandbox> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { TimeProvider = new FakeTimeProvider(Noon) };
        configure?.Invoke(options);
        return new TestSandbox(await SandboxServer.StartAsync(options));
    }

    public Task<ApiResponse> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, path));

    public Task<ApiResponse> PostAsync(string path, string json) => SendAsync(WithJson(HttpMethod.Post, path, json));

    public Task<ApiResponse> PutAsync(string path, string json) => SendAsync(WithJson(HttpMethod.Put, path, json));

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new ApiResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>Creates a customer and returns its Tratta id.</summary>
    public async Task<string> CreateCustomerAsync(string json = """{"name": "Jane Doe"}""")
    {
        var response = await PostAsync("customers", json);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.Status);
        return response.Data.GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    private static HttpRequestMessage WithJson(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
