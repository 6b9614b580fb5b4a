using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tratta.Generator.Emit;

/// <summary>
/// The C# files embedded in the generator (Runtime/, Templates/): read once, since they are constants of this
/// assembly, with "\n" line endings so that what is emitted is byte-identical on every OS.
/// </summary>
internal static class EmbeddedSources
{
    private static readonly IReadOnlyList<(string Name, string Text)> All = Load();

    /// <summary>The files whose resource name starts with <paramref name="prefix"/>: their names without the prefix
    /// and the <c>.cs</c> ending, in ordinal order.</summary>
    public static IEnumerable<(string Name, string Text)> Under(string prefix) =>
        All.Where(file => file.Name.StartsWith(prefix, System.StringComparison.Ordinal))
            .Select(file => (file.Name.Substring(prefix.Length, file.Name.Length - prefix.Length - ".cs".Length), file.Text));

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var assembly = typeof(EmbeddedSources).Assembly;
        var files = new List<(string Name, string Text)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".cs", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name, reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        return files;
    }
}
