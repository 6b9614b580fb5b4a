using System;
using System.IO;
using System.Threading.Tasks;
using Tratta.Tests.Shared;

namespace Tratta.EndToEnd.Tests;

/// <summary>
/// Prism as a validating proxy in front of an upstream server: every request and response is checked against
/// spec/tratta.yaml, and each violation is reported in the response's <c>sl-violations</c> header.
/// </summary>
internal static class PrismProxy
{
    public static Task<PrismProcess> StartAsync(Uri upstream) =>
        PrismProcess.StartAsync(["proxy", Path.Combine(RepositoryRoot.Path, "spec", "tratta.yaml"), upstream.AbsoluteUri.TrimEnd('/'), "--errors"], TimeSpan.FromSeconds(60));
}
