using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Client;
using Xunit;

namespace Tratta.EndToEnd.Tests;

/// <summary>
/// Contract test: every client operation goes through Prism, an OpenAPI validator written by others, standing as a
/// proxy between the generated client and the sandbox. Prism checks each request (the client's) and each response
/// (the sandbox's) against spec/tratta.yaml; there must be no violation.
/// </summary>
public sealed class PrismContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Every_operation_passes_prism_validation_in_both_directions()
    {
        await using var prism = await PrismProxy.StartAsync(fixture.Sandbox.BaseAddress);
        var violations = new ViolationCollector { InnerHandler = new SocketsHttpHandler() };
        var tratta = new TrattaClient(new HttpClient(violations), new TrattaClientOptions { BaseUrl = prism.Address, ApiKey = fixture.Sandbox.ApiKey });

        await EveryOperation.RunAsync(tratta, "DEBT-1001");
        await Assert.ThrowsAsync<TrattaAuthenticationException>(() => new TrattaClient(new HttpClient(violations, disposeHandler: false), new TrattaClientOptions { BaseUrl = prism.Address, ApiKey = "wrong" }).Customers.ListAsync());

        Assert.True(violations.Count >= 17, $"Only {violations.Count} calls went through Prism.");
        Assert.True(violations.Found.IsEmpty, "Prism found contract violations:\n" + string.Join("\n", violations.Found) + "\n\nPrism output:\n" + prism.Output);
    }

    /// <summary>Collects the <c>sl-violations</c> header Prism adds to every response that breaks the spec.</summary>
    private sealed class ViolationCollector : DelegatingHandler
    {
        private int _count;

        public ConcurrentQueue<string> Found { get; } = new();

        public int Count => _count;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref _count);
            if (response.Headers.TryGetValues("sl-violations", out var values))
            {
                Found.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath} -> {(int)response.StatusCode}: {string.Join(" ", values)}");
            }

            return response;
        }
    }
}
