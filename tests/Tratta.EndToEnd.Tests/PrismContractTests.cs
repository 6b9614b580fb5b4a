using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Client;
using Xunit;
using Tratta.Runtime;

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

        try
        {
            await EveryOperation.RunAsync(tratta, "DEBT-1001");
            await Assert.ThrowsAsync<ApiAuthenticationException>(() => new TrattaClient(new HttpClient(violations, disposeHandler: false), new TrattaClientOptions { BaseUrl = prism.Address, ApiKey = "wrong" }).Customers.ListAsync());
        }
        catch (Exception exception) when (!violations.Found.IsEmpty)
        {
            // Under --errors Prism answers a violation itself (422 or 500): say what it found, not what the client made of it.
            Assert.Fail("Prism found contract violations:\n" + string.Join("\n", violations.Found) + "\n\nThe call then failed with: " + exception.Message);
        }

        Assert.True(violations.Count >= 20, $"Only {violations.Count} calls went through Prism.");
        Assert.True(violations.Found.IsEmpty, "Prism found contract violations:\n" + string.Join("\n", violations.Found) + "\n\nPrism output:\n" + prism.Output);
    }

    [Fact]
    public async Task A_request_that_breaks_the_spec_is_reported_so_the_contract_test_can_fail()
    {
        await using var prism = await PrismProxy.StartAsync(fixture.Sandbox.BaseAddress);
        var violations = new ViolationCollector { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(violations) { BaseAddress = prism.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "customers") { Content = new StringContent("""{"email": 5}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", fixture.Sandbox.ApiKey);

        using var response = await http.SendAsync(request);

        Assert.NotEmpty(violations.Found);
    }

    /// <summary>
    /// Collects what Prism reports: the <c>sl-violations</c> header it adds to a proxied response that breaks the
    /// spec, and the <c>application/problem+json</c> answers it gives instead of proxying (an invalid request, or an
    /// invalid response under <c>--errors</c>).
    /// </summary>
    private sealed class ViolationCollector : DelegatingHandler
    {
        private int _count;

        public ConcurrentQueue<string> Found { get; } = new();

        public int Count => _count;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref _count);
            var call = $"{request.Method} {request.RequestUri!.AbsolutePath} -> {(int)response.StatusCode}";
            if (response.Headers.TryGetValues("sl-violations", out var values))
            {
                Found.Enqueue($"{call}: {string.Join(" ", values)}");
            }

            if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                var problem = await response.Content.ReadAsStringAsync(cancellationToken);
                if (problem.Contains("stoplight.io/prism/errors", StringComparison.Ordinal))
                {
                    Found.Enqueue($"{call}: {problem}");
                }
            }

            return response;
        }
    }
}
