using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tratta.Generator.Spec;

/// <summary>
/// YAML events with the compiler's cancellation between them: loading a multi-megabyte spec is the longest single
/// step of a run, and an IDE cancels a run whenever the user types again.
/// </summary>
internal sealed class CancellableParser(IParser inner, CancellationToken cancellationToken) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.MoveNext();
    }
}
