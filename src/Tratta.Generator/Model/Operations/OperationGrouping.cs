using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>
/// Which group each operation belongs to, and the class each group becomes. By path (the default), a group is the
/// static segments of the path: <c>/customers/{id}/addresses</c> → <c>Customers.Addresses</c>. By tag, it is the
/// operation's first tag; operations without one stay on the client. Computed before any type is named, so that
/// schemas cannot take a group's class name.
/// </summary>
internal sealed class OperationGrouping
{
    // Members of the client class (see ClientConstructionEmitter): no group may be reached by a property of that name.
    private static readonly string[] ReservedClientMembers = { "Create", "HttpClientName", "ServerUrl" };

    private readonly string _clientName;
    private readonly Dictionary<string, string> _classNames = new();
    private readonly Dictionary<string, string[]> _paths = new();

    public OperationGrouping(SpecDocument document, string clientName, string? groupingSetting, ModelDiagnostics diagnostics)
    {
        _clientName = clientName;
        ByTags = (groupingSetting ?? document.Grouping) == "tags";
        var taken = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase) { [clientName] = "the client", ["I" + clientName] = "the client" };
        foreach (var operation in document.Operations)
        {
            foreach (var prefix in Prefixes(GroupPath(operation)))
            {
                var key = Key(prefix);
                if (_classNames.ContainsKey(key))
                {
                    continue;
                }

                // Paths such as /a-b/c and /a/b-c both read ABCOperations: the later one is numbered.
                var preferred = string.Concat(prefix) + "Operations";
                var name = preferred;
                for (var n = 2; taken.ContainsKey(name) || taken.ContainsKey("I" + name); n++)
                {
                    name = preferred + n;
                }

                var source = ByTags ? string.Join(", ", operation.Tags.Take(1)) : operation.Path;
                if (name != preferred)
                {
                    diagnostics.Report(TrattaDiagnostics.NameCollision, operation.Span, taken.TryGetValue(preferred, out var holder) ? holder : preferred, source, preferred, "the operation groups", name);
                }

                taken[name] = source;
                taken["I" + name] = source;
                _classNames[key] = name;
                _paths[key] = prefix;
            }
        }
    }

    public bool ByTags { get; }

    /// <summary>The class and interface names of every group: names no schema may take.</summary>
    public IEnumerable<string> TypeNames => _classNames.Values.SelectMany(name => new[] { name, "I" + name });

    /// <summary>Every group but the client's own, by key, with its path.</summary>
    public IReadOnlyDictionary<string, string[]> Groups => _paths;

    /// <summary>The group an operation belongs to, as property names from the client: empty for the client itself.</summary>
    public string[] GroupPath(SpecOperation operation)
    {
        var segments = ByTags
            ? operation.Tags.Take(1).Select(Naming.Pascal).Where(name => name.Length > 0).ToArray()
            : StaticSegments(operation.Path).Select(Naming.Pascal).Where(name => name.Length > 0).ToArray();

        // A first-level group is a property of the client: it must not take the name of a member the client declares.
        if (segments.Length > 0 && (segments[0] == _clientName || ReservedClientMembers.Contains(segments[0])))
        {
            segments[0] += "Api";
        }

        return segments;
    }

    public string ClassName(string[] groupPath) => groupPath.Length == 0 ? _clientName : _classNames[Key(groupPath)];

    public static string Key(IEnumerable<string> groupPath) => string.Join(".", groupPath);

    /// <summary>A group path and its ancestors, the root left out: [A], [A, B], [A, B, C].</summary>
    public static IEnumerable<string[]> Prefixes(string[] groupPath) =>
        Enumerable.Range(1, groupPath.Length).Select(length => groupPath.Take(length).ToArray());

    private static IEnumerable<string> StaticSegments(string path) =>
        path.Split('/').Where(segment => segment.Length > 0 && segment.IndexOf('{') < 0);
}
