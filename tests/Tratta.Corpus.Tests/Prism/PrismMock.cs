using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

/// <summary>
/// <c>prism mock</c> of one corpus document with <c>--errors</c>: a request that breaks the document is answered
/// 422 (so the generated client throws) and logged as a violation. One per test class, started once.
/// </summary>
public abstract class PrismMock : IAsyncLifetime
{
    private readonly string _document;
    private readonly bool _explicitFormEncodings;
    private PrismProcess? _prism;
    private string? _copyDirectory;

    /// <param name="document">The file name in corpus/.</param>
    /// <param name="explicitFormEncodings">Mock a copy with the default encoding of form lists spelled out (see <see cref="PrismCompatibleDocument"/>).</param>
    protected PrismMock(string document, bool explicitFormEncodings = false)
    {
        _document = document;
        _explicitFormEncodings = explicitFormEncodings;
    }

    /// <summary>Prism's root: the base URL the clients under test are given.</summary>
    public Uri Address => Prism.Address;

    private PrismProcess Prism => _prism ?? throw new InvalidOperationException("Prism has not started.");

    public async Task InitializeAsync()
    {
        var document = Path.Combine(RepositoryRoot.Path, "corpus", _document);
        if (_explicitFormEncodings)
        {
            _copyDirectory = Path.Combine(Path.GetTempPath(), "tratta-prism-" + Guid.NewGuid().ToString("N"));
            document = PrismCompatibleDocument.Write(document, _copyDirectory);
        }

        _prism = await PrismProcess.StartAsync(["mock", document, "--errors"], TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }

        if (_copyDirectory is not null)
        {
            Directory.Delete(_copyDirectory, recursive: true);
        }
    }

    /// <summary>An HttpClient whose request Prism finds against the document fails the test with Prism's violations.</summary>
    public static HttpClient CreateHttpClient() => new(new ViolationHandler());

    /// <summary>Fails with Prism's log when Prism found any request that breaks the document.</summary>
    public void AssertNoViolations() =>
        Assert.True(Prism.Violations.Count == 0, "Prism found request violations:\n" + string.Join("\n", Prism.Violations) + "\n\nPrism output:\n" + Prism.Output);
}
