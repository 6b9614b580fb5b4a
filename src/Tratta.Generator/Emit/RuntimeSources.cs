using System.Collections.Generic;
using System.IO;
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

    public static IEnumerable<GeneratedFile> All()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().Replace("\r\n", "\n").Replace(VersionToken, EmitConventions.GeneratorVersion);
            var fileName = name.Substring(ResourcePrefix.Length);
            yield return new GeneratedFile("Tratta.Runtime." + fileName.Substring(0, fileName.Length - ".cs".Length) + ".g.cs", text);
        }
    }
}
