using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

/// <summary>
/// <c>prism mock</c> of one corpus document, which validates every request: one that breaks the document is
/// answered 422 with the violations (the test fails there, see <see cref="ViolationHandler"/>) and logged. Not with
/// <c>--errors</c>, which would also turn Prism's own example responses into 500s where they miss the document's
/// patterns (Discord's snowflakes): what the mock answers is not the client's doing. One per test class.
/// </summary>
public abstract class PrismMock : IAsyncLifetime
{
    private readonly string _document;
    private readonly bool _explicitFormEncodings;
    private PrismProcess? _prism;
    private string? _copyDirectory;
    private int _testStart;

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

        _prism = await PrismProcess.StartAsync(["mock", document], TimeSpan.FromMinutes(3));
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

    /// <summary>
    /// An HttpClient whose request Prism finds against the document fails the test with Prism's violations. A test
    /// class makes one per test (xunit makes an instance per test): it marks where that test's part of the log starts.
    /// </summary>
    public HttpClient CreateHttpClient()
    {
        _testStart = Prism.OutputLength;
        return new HttpClient(new ViolationHandler());
    }

    /// <summary>Fails with Prism's log when Prism found a request of the current test that breaks the document.</summary>
    public void AssertNoViolations()
    {
        var violations = Prism.RequestViolationsSince(_testStart);
        Assert.True(violations.Count == 0, "Prism found request violations:\n" + string.Join("\n", violations));
    }
}
