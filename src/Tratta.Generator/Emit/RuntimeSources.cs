using System.Collections.Generic;
using System.Linq;

namespace Tratta.Generator.Emit;

/// <summary>
/// The support code every generated client uses (JSON readers and writers, path escaping, rule checks, the HTTP
/// call), kept as C# files under Runtime/ and added once per compilation as internal types.
/// </summary>
internal static class RuntimeSources
{
    private const string ResourcePrefix = "Tratta.Generator.Runtime.";
    private const string VersionToken = "TRATTA_GENERATOR_VERSION";

    public static IEnumerable<GeneratedFile> All() =>
        EmbeddedSources.Under(ResourcePrefix).Select(file =>
            new GeneratedFile($"Tratta.Runtime.{file.Name}.g.cs", file.Text.Replace(VersionToken, EmitConventions.GeneratorVersion)));
}
