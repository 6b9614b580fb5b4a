using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Model;

namespace Tratta.Generator.Pipeline;

/// <summary>The namespace and client name of one spec, and the spec it clashes with, if any.</summary>
/// <param name="ClashesWith">Another spec with the same namespace or client name; then neither is emitted.</param>
/// <param name="Clash">What the two share, for the message: "into the namespace 'X'".</param>
internal sealed record SpecIdentity(string Path, string Namespace, string ClientName, string? ClashesWith, string? Clash = null, string? Grouping = null)
{
    /// <summary>Hint names start with the namespace, which no other spec of the project may share.</summary>
    public string HintPrefix => Namespace + ".";
}

/// <summary>
/// Names every spec of the project. What the item sets wins; otherwise the client is named after the file
/// (<c>billing.yaml</c> → <c>BillingClient</c>) in <c>{RootNamespace}.{File}</c>. Specs whose files have the same name
/// (<c>a/openapi.yaml</c>, <c>b/openapi.json</c>) take as many of their folders as tell them apart, in the namespace
/// and the client name: <c>{RootNamespace}.A.Openapi.AOpenapiClient</c> and <c>{RootNamespace}.B.Openapi.BOpenapiClient</c>
/// (so that their options bind different configuration sections). Names are compared ignoring case, as the compiler
/// compares hint names. Two specs that still share a namespace or a client name clash: each gets an error, and
/// neither is emitted.
/// </summary>
internal static class SpecNames
{
    private static readonly StringComparer NameComparer = StringComparer.OrdinalIgnoreCase;

    public static EquatableArray<SpecIdentity> Assign(ImmutableArray<SpecFile> files, ProjectSettings project)
    {
        var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        var stems = ordered.Select(file => Naming.Pascal(System.IO.Path.GetFileNameWithoutExtension(file.Path))).ToList();
        var identities = new List<SpecIdentity>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var file = ordered[i];
            var (folders, extension) = Distinguishing(ordered, stems, i, project.ProjectDirectory);
            var ns = file.Namespace ?? string.Join(".", new[] { project.RootNamespace }.Concat(folders).Append(stems[i]).Append(extension).Where(part => !string.IsNullOrEmpty(part)));
            identities.Add(new SpecIdentity(file.Path, ns, file.ClientName ?? string.Concat(folders) + stems[i] + extension + "Client", null, Grouping: file.Grouping));
        }

        return identities.Select(identity => WithClash(identity, identities)).ToEquatableArray();
    }

    private static SpecIdentity WithClash(SpecIdentity identity, List<SpecIdentity> all)
    {
        foreach (var other in all.Where(other => other.Path != identity.Path))
        {
            if (NameComparer.Equals(other.Namespace, identity.Namespace))
            {
                return identity with { ClashesWith = other.Path, Clash = $"into the namespace '{identity.Namespace}'" };
            }

            if (NameComparer.Equals(other.ClientName, identity.ClientName))
            {
                return identity with { ClashesWith = other.Path, Clash = $"a client named '{identity.ClientName}', whose options would bind the same configuration section" };
            }
        }

        return identity;
    }

    // The folders (in PascalCase) that tell a spec apart from those whose files have its name: none when no other
    // spec has it; when folders cannot (billing.yaml and billing.json side by side), the file's extension.
    private static (List<string> Folders, string? Extension) Distinguishing(List<SpecFile> files, List<string> stems, int index, string? projectDirectory)
    {
        var alike = Enumerable.Range(0, files.Count).Where(i => i != index && files[i].Namespace is null && NameComparer.Equals(stems[i], stems[index])).ToList();
        if (alike.Count == 0 || files[index].Namespace is not null)
        {
            return (new List<string>(), null);
        }

        var mine = Folders(files[index].Path, projectDirectory);
        var others = alike.Select(i => Folders(files[i].Path, projectDirectory)).ToList();

        // A spec at the top folder is told apart by the others' folders.
        if (mine.Count == 0 && others.All(other => other.Count > 0))
        {
            return (mine, null);
        }

        for (var take = 1; take <= mine.Count; take++)
        {
            var suffix = Last(mine, take);
            if (others.All(other => !Last(other, take).SequenceEqual(suffix, NameComparer)))
            {
                return (suffix, null);
            }
        }

        var extension = Naming.Pascal(System.IO.Path.GetExtension(files[index].Path));
        return (new List<string>(), extension.Length > 0 && !extension.StartsWith("_", StringComparison.Ordinal) ? extension : null);
    }

    private static List<string> Last(List<string> folders, int count) => folders.Skip(Math.Max(0, folders.Count - count)).ToList();

    // The folders between the project and the file (all of them when the file is outside the project), ".." left out,
    // in PascalCase.
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

        return directory.Split('/', '\\')
            .Where(segment => segment.Length > 0 && segment != ".." && segment != "." && segment.IndexOf(':') < 0)
            .Select(Naming.Pascal)
            .ToList();
    }
}
