using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>
/// An operation's parameters as C# method parameters: unique names, types, and the style and explode each is sent
/// with. A parameter the generator cannot send as declared is sent in the nearest way it can, with a warning.
/// </summary>
internal sealed class ParameterModelBuilder
{
    // Names the generated method body uses for its own locals and parameters.
    private static readonly string[] ReservedNames = { "request", "body", "cancellationToken", "httpRequest", "requestPath", "query", "queryString", "firstPage", "pageItem", "queryItem", "content" };

    // OpenAPI: header parameters of these names "SHALL be ignored"; the client sets them itself.
    private static readonly string[] IgnoredHeaders = { "accept", "content-type", "authorization" };

    private static readonly Regex Placeholder = new(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

    private readonly TypeModelBuilder _types;
    private readonly SpecComponents _components;
    private readonly ModelDiagnostics _diagnostics;

    public ParameterModelBuilder(TypeModelBuilder types, SpecComponents components, ModelDiagnostics diagnostics)
    {
        _types = types;
        _components = components;
        _diagnostics = diagnostics;
    }

    public List<ParameterModel> Build(SpecOperation operation, string contextName, string operationLabel)
    {
        var resolved = operation.Parameters.Select(_components.Parameter).Where(p => p is not null).Select(p => p!).ToList();

        // The path item's parameters come first and the operation's own last: an own one replaces a shared one.
        resolved = resolved.Where((p, i) => !resolved.Skip(i + 1).Any(later => later.Name == p.Name && later.In == p.In)).ToList();
        var placeholders = Placeholder.Matches(operation.Path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        var result = new List<ParameterModel>();
        foreach (var parameter in resolved)
        {
            if (parameter.In == "header" && IgnoredHeaders.Contains(parameter.Name.ToLowerInvariant()))
            {
                continue;
            }

            if (parameter.In is not ("path" or "query" or "header" or "cookie"))
            {
                _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, parameter.Span, $"A parameter 'in: {parameter.In}'", "It is left out; use path, query, header or cookie.");
                continue;
            }

            if (parameter.In == "path" && !placeholders.Contains(parameter.Name))
            {
                _diagnostics.Report(TrattaDiagnostics.PathParameterMismatch, parameter.Span, $"The path parameter '{parameter.Name}' of {operation.Method} '{operation.Path}' is not in the path template: it is left out. Add '{{{parameter.Name}}}' to the path or remove the parameter.");
                continue;
            }

            result.Add(Build(parameter, contextName, operationLabel, result));
        }

        // A placeholder nothing declares is still filled in: by a string parameter of its name.
        foreach (var missing in placeholders.Where(name => !result.Any(p => p.In == "path" && p.WireName == name)))
        {
            _diagnostics.Report(TrattaDiagnostics.PathParameterMismatch, operation.Span, $"The path '{operation.Path}' has the placeholder '{{{missing}}}' but the {operation.Method} operation declares no path parameter '{missing}': it is taken as a string. Declare it under 'parameters' with 'in: path'.");
            result.Add(new ParameterModel(missing, UniqueName(Naming.Camel(missing), "path", missing, operation.Span, operationLabel, result), "path", TypeRef.String, true, null) { Style = "Simple", Explode = false });
        }

        return result;
    }

    private ParameterModel Build(SpecParameter parameter, string contextName, string operationLabel, List<ParameterModel> earlier)
    {
        var type = parameter.Schema is null ? TypeRef.String : _types.Resolve(parameter.Schema, contextName + Naming.Pascal(parameter.Name), out _);
        if (type.Kind == TypeKind.File || type.Element?.Kind == TypeKind.File)
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, parameter.Span, $"The file parameter '{parameter.Name}'", "A file can only be sent in a body; the parameter is taken as a string.");
            type = TypeRef.String;
        }

        var preferred = parameter.NameOverride ?? Naming.Camel(parameter.Name);
        if (parameter.NameOverride is not null && !Naming.IsValidIdentifier(preferred))
        {
            _diagnostics.Report(TrattaDiagnostics.InvalidName, parameter.Span, preferred, Naming.IsKeyword(preferred) ? "it is a C# keyword" : "it is not a valid identifier");
            preferred = Naming.Camel(parameter.Name);
        }

        var (style, explode) = Style(parameter);
        return new ParameterModel(parameter.Name, UniqueName(preferred, parameter.In, parameter.Name, parameter.Span, operationLabel, earlier), parameter.In, type, parameter.Required || parameter.In == "path", parameter.Description)
        {
            Style = style,
            Explode = explode,
            AllowReserved = parameter.AllowReserved && parameter.In == "query",
            IsJson = parameter.ContentType is { } contentType && MediaTypes.IsJson(contentType),
            IsDeprecated = parameter.Deprecated,
        };
    }

    /// <summary>The style (as the runtime's ParameterStyle member) and explode the parameter is sent with.</summary>
    private (string Style, bool Explode) Style(SpecParameter parameter)
    {
        var defaultStyle = parameter.In is "query" or "cookie" ? "form" : "simple";
        var style = parameter.Style ?? defaultStyle;
        var allowed = parameter.In switch
        {
            "query" => new[] { "form", "spaceDelimited", "pipeDelimited", "deepObject" },
            "path" => new[] { "simple", "label", "matrix" },
            "header" => new[] { "simple" },
            _ => new[] { "form" },
        };
        if (!allowed.Contains(style))
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, parameter.Span, $"The style '{style}' for a {parameter.In} parameter", $"It is sent in the style '{defaultStyle}', the default for {parameter.In} parameters ({string.Join(", ", allowed)} are allowed there).");
            style = defaultStyle;
        }

        return (char.ToUpperInvariant(style[0]) + style.Substring(1), parameter.Explode ?? style == "form");
    }

    /// <summary>A name no other parameter of the method (nor the method's own locals) has.</summary>
    private string UniqueName(string preferred, string location, string wireName, SpecSpan span, string operationLabel, List<ParameterModel> earlier)
    {
        var name = ReservedNames.Contains(preferred.TrimStart('@')) ? preferred.TrimStart('@') + "Parameter" : preferred;

        // The same name in two places (path {id} and query id) is valid OpenAPI: the later one says where it goes.
        if (earlier.Any(p => p.Name == name && p.In != location))
        {
            name += Naming.Pascal(location);
        }

        if (earlier.FirstOrDefault(p => p.Name == name) is { } clash)
        {
            var numbered = name;
            for (var n = 2; earlier.Any(p => p.Name == numbered); n++)
            {
                numbered = name + n;
            }

            _diagnostics.Report(TrattaDiagnostics.NameCollision, span, clash.WireName, wireName, name, $"the parameters of '{operationLabel}'", numbered);
            name = numbered;
        }

        return name;
    }
}
