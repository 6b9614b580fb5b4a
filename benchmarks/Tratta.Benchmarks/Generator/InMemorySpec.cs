using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tratta.Benchmarks.Generator;

/// <summary>A spec file as the compiler hands it to the generator, its text already loaded (the build reads the file, not the generator).</summary>
internal sealed class InMemorySpec(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
