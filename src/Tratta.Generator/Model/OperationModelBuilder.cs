using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>Turns the spec's operations into client methods, grouped by the static segments of their paths.</summary>
internal sealed class OperationModelBuilder
{
    private const string JsonMediaType = "application/json";

    // Names the generated method body uses for its own locals and parameters.
    private static readonly string[] ReservedParameterNames = { "request", "body", "cancellationToken", "httpRequest", "requestPath", "queryString", "firstPage", "pageItem", "queryItem" };

    // Members of the client class (see ClientConstructionEmitter).
    private static readonly string[] ReservedClientMembers = { "Create", "HttpClientName", "ServerUrl" };

    private static readonly Regex Placeholder = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    private readonly SpecDocument _document;
    private readonly TypeModelBuilder _types;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly string _clientName;

    public OperationModelBuilder(SpecDocument document, TypeModelBuilder types, string clientName, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _types = types;
        _clientName = clientName;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<OperationGroupModel> Build()
    {
        var operationsByGroup = new Dictionary<string, List<(SpecOperation Spec, OperationModel Model)>>();
        var groupPaths = new Dictionary<string, string[]>();
        var groupSources = new Dictionary<string, SpecOperation>();
        var operationIds = new HashSet<string>();
        foreach (var operation in _document.Operations)
        {
            var operationId = operation.OperationId ?? operation.Method.ToLowerInvariant() + " " + operation.Path;
            if (!operationIds.Add(operationId))
            {
                Report(TrattaDiagnostics.DuplicateOperationId, operation.OperationIdSpan, operationId);
                continue;
            }

            var groupPath = GroupPath(operation.Path, _clientName);
            var key = string.Join(".", groupPath);

            // Every ancestor of a group is a group too, so that each level can be reached from the one above. The
            // first operation met under a group is where a clash of its class name is reported.
            foreach (var prefix in Prefixes(groupPath))
            {
                var prefixKey = string.Join(".", prefix);
                groupPaths[prefixKey] = prefix;
                if (!groupSources.ContainsKey(prefixKey))
                {
                    groupSources[prefixKey] = operation;
                }
            }

            if (!operationsByGroup.TryGetValue(key, out var list))
            {
                operationsByGroup[key] = list = new List<(SpecOperation, OperationModel)>();
            }

            if (BuildOperation(operation, operationId) is { } model)
            {
                list.Add((operation, model));
            }
        }

        groupPaths[""] = new string[0];
        ReportClassCollisions(groupPaths, groupSources);
        return groupPaths
            .OrderBy(pair => pair.Value.Length)
            .ThenBy(pair => pair.Key, System.StringComparer.Ordinal)
            .Select(pair => new OperationGroupModel
            {
                Path = pair.Value.ToEquatableArray(),
                ClassName = pair.Value.Length == 0 ? "" : ClassName(pair.Value),
                Operations = operationsByGroup.TryGetValue(pair.Key, out var operations) ? UniqueNames(operations, pair.Value) : EquatableArray<OperationModel>.Empty,
                Children = groupPaths.Values
                    .Where(child => child.Length == pair.Value.Length + 1 && child.Take(pair.Value.Length).SequenceEqual(pair.Value))
                    .Select(child => child[child.Length - 1])
                    .OrderBy(name => name, System.StringComparer.Ordinal)
                    .ToEquatableArray(),
            })
            .ToList();
    }

    /// <summary>The classes and interfaces the operation groups become: names no schema may take.</summary>
    public static IEnumerable<string> GroupTypeNames(SpecDocument document, string clientName) =>
        from operation in document.Operations
        from prefix in Prefixes(GroupPath(operation.Path, clientName))
        let className = ClassName(prefix)
        from name in new[] { className, "I" + className }
        select name;

    /// <summary>The group an operation belongs to: the static segments of its path, in C# naming.</summary>
    private static string[] GroupPath(string path, string clientName)
    {
        var segments = StaticSegments(path).Select(Naming.Pascal).ToArray();

        // A first-level group is a property of the client: it must not take the name of a member the client declares.
        if (segments.Length > 0 && (segments[0] == clientName || ReservedClientMembers.Contains(segments[0])))
        {
            segments[0] += "Api";
        }

        return segments;
    }

    /// <summary>A group path and its ancestors, the root left out: [A], [A, B], [A, B, C].</summary>
    private static IEnumerable<string[]> Prefixes(string[] groupPath) =>
        Enumerable.Range(1, groupPath.Length).Select(length => groupPath.Take(length).ToArray());

    private static string ClassName(IEnumerable<string> groupPath) => string.Concat(groupPath) + "Operations";

    private static IEnumerable<string> StaticSegments(string path) =>
        path.Split('/').Where(segment => segment.Length > 0 && !segment.StartsWith("{", System.StringComparison.Ordinal));

    private OperationModel? BuildOperation(SpecOperation operation, string operationId)
    {
        var contextName = Naming.Pascal(operationId);
        var parameters = new List<ParameterModel>();
        var resolvedParameters = operation.Parameters.Select(ResolveParameter).Where(p => p is not null).Select(p => p!).ToList();

        // The path item's parameters come first and the operation's own last: an own one replaces a shared one.
        resolvedParameters = resolvedParameters.Where((p, i) => !resolvedParameters.Skip(i + 1).Any(later => later.Name == p.Name && later.In == p.In)).ToList();
        foreach (var resolved in resolvedParameters)
        {
            if (resolved.In is not ("path" or "query" or "header"))
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, resolved.Span, $"A '{resolved.In}' parameter", "Use a path, query or header parameter.");
                continue;
            }

            var type = resolved.Schema is null ? TypeRef.String : _types.Resolve(resolved.Schema, contextName + Naming.Pascal(resolved.Name), out _);
            if (type.Kind is TypeKind.List && resolved.In != "query" || type.Kind is TypeKind.Map or TypeKind.Named or TypeKind.Json)
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, resolved.Span, $"The {resolved.In} parameter '{resolved.Name}' of this type", "Give it a string, number, boolean, date or enum schema (a list only in the query).");
                continue;
            }

            var name = resolved.NameOverride ?? Naming.Camel(resolved.Name);
            if (resolved.NameOverride is not null && !Naming.IsValidIdentifier(name))
            {
                Report(TrattaDiagnostics.InvalidName, resolved.Span, name, Naming.IsKeyword(name) ? "it is a C# keyword" : "it is not a valid identifier");
                continue;
            }

            if (ReservedParameterNames.Contains(name))
            {
                name += "Parameter";
            }

            // The same name in two places (path {id} and query id) is valid OpenAPI: the later one says where it goes.
            if (parameters.Any(p => p.Name == name))
            {
                name += Naming.Pascal(resolved.In);
            }

            if (parameters.Any(p => p.Name == name))
            {
                Report(TrattaDiagnostics.NameCollision, resolved.Span, parameters.First(p => p.Name == name).WireName, resolved.Name, name, $"the parameters of '{operationId}'");
                continue;
            }

            parameters.Add(new ParameterModel(resolved.Name, name, resolved.In, type, resolved.Required || resolved.In == "path", resolved.Description));
        }

        if (!PathMatches(operation, parameters))
        {
            return null;
        }

        var body = BuildBody(operation, contextName);
        var (responseType, envelope, paging) = BuildResponse(operation, contextName);
        if (operation.NameOverride is { } nameOverride && !Naming.IsValidIdentifier(nameOverride))
        {
            Report(TrattaDiagnostics.InvalidName, operation.OperationIdSpan, nameOverride, Naming.IsKeyword(nameOverride) ? "it is a C# keyword" : "it is not a valid identifier");
            return null;
        }

        return new OperationModel
        {
            Name = operation.NameOverride ?? ConventionalName(operation) ?? contextName,
            OperationId = operationId,
            HttpMethod = operation.Method,
            PathTemplate = operation.Path,
            Summary = operation.Summary,
            Description = operation.Description,
            Parameters = parameters.ToEquatableArray(),
            Body = body,
            ResponseType = responseType,
            ResponseEnvelope = envelope,
            PageItemType = paging,
            Security = (operation.Security ?? _document.Security ?? EquatableArray<SpecSecurityRequirement>.Empty)
                .Select(requirement => requirement.Schemes)
                .ToEquatableArray(),
            IsIdempotent = operation.Idempotent,
        };
    }

    /// <summary>REST names: POST on a collection creates, GET lists; on an item GET gets, PUT/PATCH updates, DELETE deletes.</summary>
    private static string? ConventionalName(SpecOperation operation)
    {
        var onItem = operation.Path.TrimEnd('/').EndsWith("}", System.StringComparison.Ordinal);
        return (operation.Method, onItem) switch
        {
            ("POST", false) => "Create",
            ("GET", false) => "List",
            ("GET", true) => "Get",
            ("PUT", true) or ("PATCH", true) => "Update",
            ("DELETE", true) => "Delete",
            _ => null,
        };
    }

    /// <summary>Paths such as <c>/a-b/c</c> and <c>/a/b-c</c> would both become <c>ABCOperations</c>.</summary>
    private void ReportClassCollisions(Dictionary<string, string[]> groupPaths, Dictionary<string, SpecOperation> groupSources)
    {
        var byClassName = groupPaths
            .Where(pair => pair.Value.Length > 0)
            .GroupBy(pair => ClassName(pair.Value))
            .Where(group => group.Count() > 1);
        foreach (var clash in byClassName)
        {
            var paths = clash.Select(pair => groupSources[pair.Key]).OrderBy(operation => operation.Span.StartOffset).ToList();
            Report(TrattaDiagnostics.NameCollision, paths[1].Span, paths[0].Path, paths[1].Path, clash.Key, "the operation groups");
        }
    }

    /// <summary>Where two operations of a group would get the same conventional name, both use their operationId.</summary>
    private EquatableArray<OperationModel> UniqueNames(List<(SpecOperation Spec, OperationModel Model)> operations, string[] groupPath)
    {
        var result = new List<OperationModel>();
        foreach (var (spec, model) in operations)
        {
            var clashes = operations.Count(other => other.Model.Name == model.Name) > 1;
            result.Add(clashes && spec.NameOverride is null ? model with { Name = Naming.Pascal(model.OperationId) } : model);
        }

        foreach (var clash in result.GroupBy(model => model.Name).Where(group => group.Count() > 1))
        {
            var second = operations.First(o => o.Model.OperationId == clash.ElementAt(1).OperationId).Spec;
            Report(TrattaDiagnostics.NameCollision, second.OperationIdSpan, clash.First().OperationId, clash.ElementAt(1).OperationId, clash.Key + "Async", groupPath.Length == 0 ? "the client" : ClassName(groupPath));
        }

        return result.ToEquatableArray();
    }

    private SpecParameter? ResolveParameter(SpecParameter parameter)
    {
        if (parameter.Ref is null)
        {
            return parameter;
        }

        return Component(_document.Parameters, "parameters", parameter.Ref, parameter.Span);
    }

    private bool PathMatches(SpecOperation operation, List<ParameterModel> parameters)
    {
        var placeholders = Placeholder.Matches(operation.Path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        var pathParameters = parameters.Where(p => p.In == "path").Select(p => p.WireName).ToList();
        var missing = placeholders.Except(pathParameters).ToList();
        var extra = pathParameters.Except(placeholders).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return true;
        }

        var message = missing.Count > 0
            ? $"The path '{operation.Path}' has the placeholder '{{{missing[0]}}}' but the {operation.Method} operation declares no path parameter '{missing[0]}'. Declare it under 'parameters' with 'in: path'."
            : $"The path parameter '{extra[0]}' of {operation.Method} '{operation.Path}' is not in the path template. Add '{{{extra[0]}}}' to the path or remove the parameter.";
        Report(TrattaDiagnostics.PathParameterMismatch, operation.Span, message);
        return false;
    }

    private BodyModel? BuildBody(SpecOperation operation, string contextName)
    {
        if (operation.RequestBody is not { } body)
        {
            return null;
        }

        if (body.Ref is not null)
        {
            if (Component(_document.RequestBodies, "requestBodies", body.Ref, body.Span) is not { } resolved)
            {
                return null;
            }

            body = resolved;
        }

        var json = body.Content.FirstOrDefault(c => c.Name == JsonMediaType);
        if (json?.Schema is null)
        {
            var span = body.Content.Count > 0 ? body.Content[0].Span : body.Span;
            Report(TrattaDiagnostics.UnsupportedConstruct, span, "A request body without an 'application/json' schema", "Describe the body as 'content: application/json: schema: ...'.");
            return null;
        }

        var type = _types.Resolve(json.Schema, contextName + "Request", out _);
        return new BodyModel(type, body.Required, body.Description);
    }

    private (TypeRef? Type, string? Envelope, TypeRef? PageItem) BuildResponse(SpecOperation operation, string contextName)
    {
        var success = operation.Responses
            .Where(r => r.StatusCode.StartsWith("2", System.StringComparison.Ordinal))
            .OrderBy(r => r.StatusCode, System.StringComparer.Ordinal)
            .FirstOrDefault();
        if (success is null)
        {
            return (null, null, null);
        }

        if (success.Ref is not null)
        {
            if (Component(_document.Responses, "responses", success.Ref, success.Span) is not { } resolved)
            {
                return (null, null, null);
            }

            success = resolved;
        }

        var schema = success.Content.FirstOrDefault(c => c.Name == JsonMediaType || c.Name.EndsWith("+json", System.StringComparison.Ordinal))?.Schema;
        if (schema is null)
        {
            return (null, null, null);
        }

        if (_types.EnvelopeOf(schema) is { } envelope)
        {
            var inner = _types.Resolve(envelope.Inner, contextName + "Response", out _);
            if (envelope.Paging is not null && inner.Kind != TypeKind.List)
            {
                Report(TrattaDiagnostics.UnsupportedConstruct, success.Span, "'x-tratta-paging' on an envelope whose value is not a list", "Page a list: make the envelope property an array.");
                return (inner, envelope.Property, null);
            }

            return (inner, envelope.Property, envelope.Paging is null ? null : inner.Element);
        }

        return (_types.Resolve(schema, contextName + "Response", out _), null, null);
    }

    /// <summary>The component a local <c>$ref</c> names, or null after reporting TRATTA004.</summary>
    private T? Component<T>(EquatableArray<SpecNamed<T>> components, string kind, string reference, SpecSpan span)
        where T : class, System.IEquatable<T>
    {
        var prefix = $"#/components/{kind}/";
        var target = reference.StartsWith(prefix, System.StringComparison.Ordinal)
            ? components.FirstOrDefault(c => c.Name == reference.Substring(prefix.Length))
            : null;
        if (target is null)
        {
            Report(TrattaDiagnostics.UnresolvedReference, span, reference, kind);
        }

        return target?.Value;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecSpan span, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, span, args));
}
