using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>
/// Turns the spec's operations into client methods, in groups (see <see cref="OperationGrouping"/>). Every
/// operation becomes a method: what cannot be expressed as declared is reported and sent the nearest way it can.
/// </summary>
internal sealed class OperationModelBuilder
{
    private readonly SpecDocument _document;
    private readonly OperationGrouping _grouping;
    private readonly ModelDiagnostics _diagnostics;
    private readonly ParameterModelBuilder _parameters;
    private readonly RequestBodyModelBuilder _bodies;
    private readonly ResponseModelBuilder _responses;
    private readonly string? _clientServer;

    /// <param name="clientServer">The URL of the client's own server (the document's first), which operations need not repeat.</param>
    public OperationModelBuilder(SpecDocument document, TypeModelBuilder types, OperationGrouping grouping, string? clientServer, ModelDiagnostics diagnostics)
    {
        _document = document;
        _clientServer = clientServer;
        _grouping = grouping;
        _diagnostics = diagnostics;
        var components = new SpecComponents(document, diagnostics);
        _parameters = new ParameterModelBuilder(types, components, diagnostics);
        _bodies = new RequestBodyModelBuilder(types, components, diagnostics);
        _responses = new ResponseModelBuilder(types, components, diagnostics);
    }

    public IReadOnlyList<OperationGroupModel> Build(CancellationToken cancellationToken = default)
    {
        var operationsByGroup = new Dictionary<string, List<(SpecOperation Spec, OperationModel Model, string ContextName)>>();
        var contextNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var operationIds = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var operation in _document.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = operation.OperationId ?? operation.Method + " " + operation.Path;
            var contextName = Unique(ContextName(operation), contextNames);
            if (operation.OperationId is not null && !operationIds.Add(operation.OperationId))
            {
                _diagnostics.Report(TrattaDiagnostics.DuplicateOperationId, operation.OperationIdSpan, operation.OperationId, contextName + "Async");
            }

            var key = OperationGrouping.Key(_grouping.GroupPath(operation));
            if (!operationsByGroup.TryGetValue(key, out var list))
            {
                operationsByGroup[key] = list = new List<(SpecOperation, OperationModel, string)>();
            }

            list.Add((operation, BuildOperation(operation, label, contextName), contextName));
        }

        var groups = _grouping.Groups.Select(pair => pair.Value).Prepend(new string[0]).ToList();
        return groups
            .OrderBy(path => path.Length)
            .ThenBy(OperationGrouping.Key, System.StringComparer.Ordinal)
            .Select(path => new OperationGroupModel
            {
                Path = path.ToEquatableArray(),
                ClassName = path.Length == 0 ? "" : _grouping.ClassName(path),
                Operations = operationsByGroup.TryGetValue(OperationGrouping.Key(path), out var operations) ? UniqueNames(operations, path) : EquatableArray<OperationModel>.Empty,
                Children = groups
                    .Where(child => child.Length == path.Length + 1 && child.Take(path.Length).SequenceEqual(path))
                    .OrderBy(child => child[child.Length - 1], System.StringComparer.Ordinal)
                    .Select(child => new GroupChildModel(child[child.Length - 1], _grouping.ClassName(child)))
                    .ToEquatableArray(),
            })
            .ToList();
    }

    private OperationModel BuildOperation(SpecOperation operation, string label, string contextName)
    {
        var name = _grouping.ByTags ? contextName : ConventionalName(operation) ?? contextName;
        if (operation.NameOverride is { } nameOverride)
        {
            if (Naming.IsValidIdentifier(nameOverride))
            {
                name = nameOverride;
            }
            else
            {
                _diagnostics.Report(TrattaDiagnostics.InvalidName, operation.OperationIdSpan, nameOverride, Naming.IsKeyword(nameOverride) ? "it is a C# keyword" : "it is not a valid identifier");
            }
        }

        return new OperationModel
        {
            Name = name,
            OperationId = label,
            HttpMethod = operation.Method,
            PathTemplate = operation.Path,
            FixedQuery = operation.FixedQuery,
            Summary = operation.Summary,
            Description = operation.Description,
            IsDeprecated = operation.Deprecated,
            Parameters = _parameters.Build(operation, contextName, label).ToEquatableArray(),
            Body = _bodies.Build(operation, contextName),
            Response = _responses.Build(operation, contextName),
            Errors = _responses.Errors(operation, contextName),
            Security = (operation.Security ?? _document.Security ?? EquatableArray<SpecSecurityRequirement>.Empty)
                .Select(requirement => requirement.Schemes)
                .ToEquatableArray(),
            IsIdempotent = operation.Idempotent,
            Server = OwnServer(operation),
        };
    }

    /// <summary>The name inline types of the operation start with, and the method's when no convention applies.</summary>
    private static string ContextName(SpecOperation operation)
    {
        var fromId = operation.OperationId is { } id ? Naming.Pascal(id) : "";
        return fromId.Length > 0 ? fromId : Naming.Pascal(operation.Method.ToLowerInvariant() + " " + operation.Path.Replace("{", " by ").Replace("}", " "));
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = name + n;
        }

        return unique;
    }

    /// <summary>
    /// REST names: POST on a collection creates, GET lists; on an item GET gets, PUT/PATCH updates, DELETE deletes.
    /// Only where the operationId agrees (createCustomer, listCustomers…): an action such as POST /user/login keeps
    /// its own name (LoginUser), which says more than Create would.
    /// </summary>
    private static string? ConventionalName(SpecOperation operation)
    {
        var onItem = operation.Path.TrimEnd('/').EndsWith("}", System.StringComparison.Ordinal);
        var name = (operation.Method, onItem) switch
        {
            ("POST", false) => "Create",
            ("GET", false) => "List",
            ("GET", true) => "Get",
            ("PUT", true) or ("PATCH", true) => "Update",
            ("DELETE", true) => "Delete",
            _ => null,
        };
        if (name is null || operation.OperationId is not { } operationId)
        {
            return name;
        }

        var words = Naming.Words(operationId).ToList();
        var verb = words.Count == 0 ? "" : words[0].ToLowerInvariant();
        var last = words.Count > 1 ? words[words.Count - 1].ToLowerInvariant() : "";
        var isPlural = last.EndsWith("s", System.StringComparison.Ordinal) && !last.EndsWith("ss", System.StringComparison.Ordinal) && !last.EndsWith("us", System.StringComparison.Ordinal) && !last.EndsWith("is", System.StringComparison.Ordinal);
        var agrees = name switch
        {
            "Create" => verb is "create" or "add" or "new" or "insert" or "post",
            "List" => verb is "list" or "find" or "search" or "query" or "all" || verb is "get" or "fetch" or "retrieve" && isPlural,
            "Get" => verb is "get" or "retrieve" or "fetch" or "read" or "show" or "find" or "describe",
            "Update" => verb is "update" or "patch" or "put" or "modify" or "edit" or "replace" or "change",
            _ => verb is "delete" or "remove" or "destroy",
        };
        return agrees ? name : null;
    }

    /// <summary>
    /// Where two operations of a group would get the same conventional name, both use their operationId; names still
    /// equal (operationIds equal after C# naming) are numbered, with a warning.
    /// </summary>
    private EquatableArray<OperationModel> UniqueNames(List<(SpecOperation Spec, OperationModel Model, string ContextName)> operations, string[] groupPath)
    {
        var result = new List<OperationModel>();
        foreach (var (spec, model, contextName) in operations)
        {
            var clashes = operations.Count(other => other.Model.Name == model.Name) > 1;
            result.Add(clashes && spec.NameOverride is null ? model with { Name = contextName } : model);
        }

        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var name = result[i].Name;
            if (taken.Add(name))
            {
                continue;
            }

            var numbered = Unique(name, taken);
            var first = result.First(model => model.Name == name);
            _diagnostics.Report(TrattaDiagnostics.NameCollision, operations[i].Spec.OperationIdSpan, first.OperationId, result[i].OperationId, name + "Async", groupPath.Length == 0 ? "the client" : _grouping.ClassName(groupPath), numbered + "Async");
            result[i] = result[i] with { Name = numbered };
        }

        return result.ToEquatableArray();
    }

    /// <summary>The operation's (or its path's) first server, variables at their defaults, when it differs from the client's.</summary>
    private string? OwnServer(SpecOperation operation)
    {
        if (operation.Servers.IsEmpty)
        {
            return null;
        }

        var server = operation.Servers[0];
        var url = server.Variables.Aggregate(server.Url, (text, variable) => text.Replace("{" + variable.Name + "}", variable.Default));
        return server.Url != _clientServer && System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")
            ? url
            : null;
    }
}
