using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Tratta.Runtime;
using Xunit;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// Looks for the <see cref="TestSecrets"/> in everything an application could print or log: log lines, exception
/// messages and <c>ToString()</c> (with their inner exceptions), and <c>ToString()</c> of request and response models.
/// Texts are scanned as they arrive and only findings are kept, so a long load run holds no growing list of texts.
/// </summary>
internal sealed partial class SecretScan
{
    private const int KeptFindings = 20;
    private readonly ConcurrentQueue<string> _findings = new();
    private long _texts;
    private long _characters;
    private long _findingCount;

    public long TextsScanned => Interlocked.Read(ref _texts);

    public long CharactersScanned => Interlocked.Read(ref _characters);

    public long FindingCount => Interlocked.Read(ref _findingCount);

    public void Text(string source, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Interlocked.Increment(ref _texts);
        Interlocked.Add(ref _characters, text.Length);
        foreach (var (name, value) in TestSecrets.All)
        {
            if (Contains(text, value))
            {
                Interlocked.Increment(ref _findingCount);
                if (_findings.Count < KeptFindings)
                {
                    _findings.Enqueue($"{source} holds the {name} ({value}): {text}");
                }
            }
        }
    }

    /// <summary>The exception's message and <c>ToString()</c> (which prints every inner exception), and what an
    /// <see cref="ApiException"/> adds: the server's message and the error body read into its type.</summary>
    public void Exception(Exception exception)
    {
        for (var each = exception; each is not null; each = each.InnerException)
        {
            Text(each.GetType().Name + ".Message", each.Message);
        }

        Text(exception.GetType().Name + ".ToString()", exception.ToString());
        if (exception is ApiException api)
        {
            Text("ServerMessage", api.ServerMessage);
            Text("Error", api.Error?.ToString());
        }

        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                Exception(inner);
            }
        }
    }

    public void Model(object? model) => Text(model?.GetType().Name + ".ToString()", model?.ToString());

    /// <summary>Fails with the texts that hold a secret.</summary>
    public void AssertNoSecret()
    {
        Assert.True(TextsScanned > 0, "Nothing was scanned: the scan would pass whatever the client printed.");
        if (FindingCount > 0)
        {
            Assert.Fail($"{FindingCount} text(s) hold a secret; the first ones:\n" + string.Join("\n", _findings.Take(KeptFindings)));
        }
    }

    // The long secrets are found anywhere. The two four-digit ones (security code, SSN) are found as a number of
    // their own: not inside a longer number, a decimal ("12.7319 ms") or a hex group of an id, where those digits
    // are a coincidence, not a leak.
    private static bool Contains(string text, string secret) =>
        secret.Length > 6
            ? text.Contains(secret, StringComparison.Ordinal)
            : text.Contains(secret, StringComparison.Ordinal) && ShortSecret().Matches(text).Any(match => match.Value == secret);

    [GeneratedRegex(@"(?<![0-9A-Za-z.\-])[0-9]{4}(?![0-9A-Za-z\-]|\.[0-9])")]
    private static partial Regex ShortSecret();
}
