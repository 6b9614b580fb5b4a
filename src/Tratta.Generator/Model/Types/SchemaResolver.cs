using System.Collections.Generic;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Resolves schema <c>$ref</c>s: every local <c>#/components/schemas/…</c> reference, and a reference that is a
/// component's own pointer into itself. One resolver for the whole model, so that a reference means one thing.
/// </summary>
internal sealed class SchemaResolver
{
    public const string Prefix = "#/components/schemas/";

    private readonly Dictionary<string, SpecNamed<SpecSchema>> _components = new();

    public SchemaResolver(SpecDocument document)
    {
        foreach (var component in document.Schemas)
        {
            _components[component.Name] = component;
        }
    }

    public IEnumerable<SpecNamed<SpecSchema>> Components => _components.Values;

    /// <summary>The component a reference names; null for one that does not resolve.</summary>
    public SpecNamed<SpecSchema>? Component(string? reference)
    {
        if (reference is null || !reference.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            return null;
        }

        return _components.TryGetValue(Unescape(reference.Substring(Prefix.Length)), out var component) ? component : null;
    }

    /// <summary>A JSON Pointer token of a reference as the name it stands for (<c>~1</c> is <c>/</c>, <c>%20</c> a space).</summary>
    public static string Unescape(string token) => System.Uri.UnescapeDataString(token.Replace("~1", "/").Replace("~0", "~"));

    /// <summary>The component of a bare name or a reference (a discriminator mapping may use either).</summary>
    public SpecNamed<SpecSchema>? ComponentByNameOrReference(string target) =>
        Component(target) ?? (_components.TryGetValue(target, out var component) ? component : null);

    /// <summary>
    /// The schema a reference chain ends at (<c>A → B → {type: …}</c>), and the name of the last component on the way;
    /// the schema itself when it is no reference; null when a reference does not resolve or the chain loops.
    /// </summary>
    public (SpecSchema Schema, string? Component)? Follow(SpecSchema schema)
    {
        string? name = null;
        var seen = new HashSet<string>();
        while (schema.Ref is { } reference)
        {
            if (Component(reference) is not { } component || !seen.Add(component.Name))
            {
                return null;
            }

            name = component.Name;
            schema = component.Value;
        }

        return (schema, name);
    }
}
