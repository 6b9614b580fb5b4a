using System.Threading;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Model;

namespace Tratta.Generator.Pipeline;

/// <summary>A spec file as plain data: its path, text and settings. Equal text and settings → cached pipeline.</summary>
/// <param name="ClashesWith">Another spec with the same namespace or client name: then this one reports the clash and is not generated.</param>
/// <param name="Clash">What the two share, for the message.</param>
internal sealed record SpecInput(string Path, string Text, GeneratorSettings Settings, string? ClashesWith, string? Clash = null)
{
    public static SpecInput From(AdditionalText file, SpecIdentity identity, CancellationToken cancellationToken) =>
        new(file.Path, file.GetText(cancellationToken)?.ToString() ?? "", new GeneratorSettings(identity.Namespace, identity.ClientName, identity.HintPrefix, identity.Grouping), identity.ClashesWith, identity.Clash);
}
