using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Model;

namespace Tratta.Generator.Pipeline;

/// <summary>The namespace and client name of one spec, and the spec it clashes with, if any.</summary>
/// <param name="ClashesWith">Another spec that generates into the same namespace; then neither is emitted.</param>
internal sealed record SpecIdentity(string Path, string Namespace, string ClientName, string? ClashesWith)
{
    /// <summary>Hint names start with the namespace, which no other spec of the project may share.</summary>
    public string HintPrefix => Namespace + ".";
}

/// <summary>
/// Names every spec of the project. What the item sets wins; otherwise the client is named after the file
/// (<c>billing.yaml</c> → <c>BillingClient</c>) in <c>{RootNamespace}.{File}</c>. Specs whose files have the same name
/// (<c>a/openapi.yaml</c>, <c>b/openapi.yaml</c>) take as many of their folders as tell them apart:
/// <c>{RootNamespace}.A.Openapi</c> and <c>{RootNamespace}.B.Openapi</c>. Two specs that still share a namespace
/// (both set it, say) clash: each gets an error, and neither is emitted, since their types would collide.
/// </summary>
internal static class SpecNames
{
    public static EquatableArray<SpecIdentity> Assign(ImmutableArray<SpecFile> files, ProjectSettings project)
    {
        var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        var root = project.RootNamespace;
        var stems = ordered.Select(file => Naming.Pascal(System.IO.Path.GetFileNameWithoutExtension(file.Path))).ToList();
        var identities = new List<SpecIdentity>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var file = ordered[i];
            var ns = file.Namespace ?? DefaultNamespace(root, ordered, stems, i, project.ProjectDirectory);
            identities.Add(new SpecIdentity(file.Path, ns, file.ClientName ?? stems[i] + "Client", null));
        }

        return identities
            .Select(identity => identity with
            {
                ClashesWith = identities.FirstOrDefault(other => other.Path != identity.Path && string.Equals(other.Namespace, identity.Namespace, StringComparison.Ordinal))?.Path,
            })
            .ToEquatableArray();
    }

    private static string DefaultNamespace(string? root, List<SpecFile> files, List<string> stems, int index, string? projectDirectory)
    {
        var sameStem = Enumerable.Range(0, files.Count).Where(i => i != index && files[i].Namespace is null && stems[i] == stems[index]).ToList();
        var folders = new List<string>();
        if (sameStem.Count > 0)
        {
            var mine = Folders(files[index].Path, projectDirectory);
            var others = sameStem.Select(i => Folders(files[i].Path, projectDirectory)).ToList();
            for (var take = 1; take <= mine.Count; take++)
            {
                var suffix = Last(mine, take);
                if (others.All(other => !Last(other, take).SequenceEqual(suffix)))
                {
                    folders = suffix;
                    break;
                }
            }
        }

        var parts = new[] { root }.Concat(folders.Select(Naming.Pascal)).Append(stems[index]).Where(part => !string.IsNullOrEmpty(part));
        return string.Join(".", parts);
    }

    private static List<string> Last(List<string> folders, int count) => folders.Skip(Math.Max(0, folders.Count - count)).ToList();

    // The folders between the project and the file (all of them when the file is outside the project), ".." left out.
    private static List<string> Folders(string path, string? projectDirectory)
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? "";
        if (projectDirectory is { Length: > 0 })
        {
            var project = projectDirectory.TrimEnd('/', '\\');
            if (directory.StartsWith(project, StringComparison.Ordinal) && (directory.Length == project.Length || directory[project.Length] is '/' or '\\'))
            {
                directory = directory.Substring(project.Length);
            }
        }

        return directory.Split('/', '\\').Where(segment => segment.Length > 0 && segment != ".." && segment != "." && segment.IndexOf(':') < 0).ToList();
    }
}
