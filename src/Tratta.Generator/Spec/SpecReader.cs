using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Spec;

/// <summary>Stage 1: YAML text → <see cref="SpecDocument"/>. Never throws; every problem is a diagnostic.</summary>
internal sealed class SpecReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "patch", "head", "options", "trace" };

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly YamlNodes _nodes;
    private readonly SchemaReader _schemas;
    private readonly ExtensionReader _extensions;
    private readonly CancellationToken _cancellationToken;

    private SpecReader(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _nodes = new YamlNodes(_diagnostics);
        _extensions = new ExtensionReader(_nodes);
        _schemas = new SchemaReader(_nodes, _extensions);
    }

    public static SpecReadResult Read(string text, CancellationToken cancellationToken = default)
    {
        var reader = new SpecReader(cancellationToken);
        var document = reader.ReadDocument(text);
        return new SpecReadResult(document, reader._diagnostics.ToEquatableArray());
    }

    private SpecDocument? ReadDocument(string text)
    {
        YamlNode root;
        try
        {
            var (stream, hasAliases) = Load(text);
            if (stream.Documents.Count == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.SpecNotUsable.Id, SpecSpan.None, "The spec is empty. Write an OpenAPI document starting with 'openapi: 3.1.0'."));
                return null;
            }

            root = stream.Documents[0].RootNode;
            if (hasAliases && AliasExpansion.FirstOverLimit(root) is { } bomb)
            {
                _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.YamlSyntax.Id, _nodes.SpanOf(bomb.Node), $"the aliases of this node expand the spec beyond {bomb.Limit} nodes (each alias is a copy of what it names)"));
                return null;
            }
        }
        catch (YamlException exception)
        {
            _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.YamlSyntax.Id, _nodes.Span(exception.Start, exception.Start), YamlMessage(exception)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on a flow collection that the text never closes.
            var (line, column, offset) = SpecText.UnclosedBracket(text);
            var span = new SpecSpan(offset, offset, line, column, line, column);
            _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.YamlSyntax.Id, span, "a '{' or '[' here is never closed"));
            return null;
        }

        if (root is not YamlMappingNode)
        {
            _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.SpecNotUsable.Id, _nodes.SpanOf(root), "Expected the spec to be a mapping with 'openapi', 'info' and 'paths'."));
            return null;
        }

        var version = _nodes.String(root, "openapi");
        if (version is null)
        {
            var swagger = _nodes.Child(root, "swagger");
            _diagnostics.Add(DiagnosticInfo.Create(
                TrattaDiagnostics.UnsupportedVersion.Id,
                swagger is null ? _nodes.SpanOf(root) : _nodes.SpanOf(swagger),
                swagger is YamlScalarNode scalar ? "swagger " + scalar.Value : "(missing 'openapi')"));
            return null;
        }

        if (!version.StartsWith("3.0", StringComparison.Ordinal) && !version.StartsWith("3.1", StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.UnsupportedVersion.Id, _nodes.SpanOf(_nodes.Child(root, "openapi")!), version));
            return null;
        }

        var info = _nodes.Child(root, "info");
        var components = _nodes.Child(root, "components");
        var extensions = _extensions.ReadObject(root, "x-tratta-strict", "x-tratta-dialect", "x-tratta-grouping", "x-tratta-schemas");
        return new SpecDocument
        {
            IsStrict = extensions.Strict,
            Dialect = extensions.Dialect,
            Grouping = extensions.Grouping,
            KeepsAllSchemas = extensions.Schemas == "all",
            OpenApiVersion = version,
            Title = info is null ? null : _nodes.Text(info, "title"),
            Description = info is null ? null : _nodes.Text(info, "description"),
            Version = info is null ? null : _nodes.String(info, "version"),
            Servers = ReadServers(root),
            Operations = ReadOperations(root),
            Schemas = ReadComponents(components, "schemas", _schemas.Read),
            Parameters = ReadComponents(components, "parameters", ReadParameter),
            RequestBodies = ReadComponents(components, "requestBodies", ReadRequestBody),
            Responses = ReadComponents(components, "responses", node => ReadResponse("", node)),
            SecuritySchemes = ReadComponents(components, "securitySchemes", ReadSecurityScheme),
            Security = _nodes.Child(root, "security") is { } security ? ReadSecurity(security) : null,
        };
    }

    /// <summary>
    /// Loads the YAML. YamlDotNet rejects a block scalar whose leading blank lines hold more spaces than its content
    /// is indented (OpenAI's spec has <c>example: |+</c> followed by a line of spaces), which other parsers accept:
    /// then the text is read again with lines of only white space made empty, and positions are mapped back to the
    /// text as written.
    /// </summary>
    private (YamlStream Stream, bool HasAliases) Load(string text)
    {
        var stream = new YamlStream();
        var parser = ParserOf(text);
        try
        {
            stream.Load(parser);
            return (stream, parser.SawAlias);
        }
        catch (YamlException exception) when (exception.Message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) >= 0
            && SpecText.BlankWhiteSpaceLines(text) is { } adjusted)
        {
            stream = new YamlStream();
            parser = ParserOf(adjusted);
            stream.Load(parser);
            _nodes.UseOriginalLineStarts(SpecText.LineStarts(text));
            return (stream, parser.SawAlias);
        }
    }

    private NestingLimitParser ParserOf(string text) =>
        new(new CancellableParser(new Parser(new StringReader(text)), _cancellationToken));

    // YamlDotNet messages repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): ..."); the location says it already.
    private static string YamlMessage(YamlException exception)
    {
        var message = exception.Message;
        var separator = message.LastIndexOf("): ", StringComparison.Ordinal);
        return separator >= 0 ? message.Substring(separator + 3) : message;
    }

    private EquatableArray<SpecServer> ReadServers(YamlNode root)
    {
        if (_nodes.Child(root, "servers") is not { } servers || servers is YamlSequenceNode { Children.Count: 0 })
        {
            return EquatableArray<SpecServer>.Empty;
        }

        if (servers is not YamlSequenceNode sequence)
        {
            _nodes.ReportShape(servers, "Expected 'servers' to be a list.");
            return EquatableArray<SpecServer>.Empty;
        }

        var result = new List<SpecServer>();
        foreach (var server in sequence.Children)
        {
            var url = _nodes.String(server, "url");
            if (url is null)
            {
                _nodes.ReportShape(server, "Expected every server to have a 'url'.");
                continue;
            }

            var variables = new List<SpecServerVariable>();
            if (_nodes.Child(server, "variables") is { } variablesNode)
            {
                foreach (var (name, keyNode, value) in _nodes.Entries(variablesNode, "'variables'"))
                {
                    var choices = _nodes.Child(value, "enum") is { } choicesNode ? _nodes.Strings(choicesNode, "enum").ToEquatableArray() : EquatableArray<string>.Empty;
                    var extensions = _extensions.ReadObject(value, "x-tratta-name", "x-tratta-required", "x-tratta-format");
                    variables.Add(new SpecServerVariable(name, _nodes.SpanOf(keyNode), _nodes.String(value, "default") ?? "", _nodes.Text(value, "description"), choices, extensions));
                }
            }

            result.Add(new SpecServer(url, _nodes.Text(server, "description"), variables.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<SpecOperation> ReadOperations(YamlNode root)
    {
        var paths = _nodes.Child(root, "paths");
        if (paths is null)
        {
            return EquatableArray<SpecOperation>.Empty;
        }

        var result = new List<SpecOperation>();
        foreach (var (path, _, pathItem) in _nodes.Entries(paths, "'paths'"))
        {
            var shared = _nodes.Child(pathItem, "parameters") is { } sharedNode ? ReadParameters(sharedNode) : new List<SpecParameter>();
            var pathServers = ReadServers(pathItem);
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var (key, keyNode, operation) in _nodes.Entries(pathItem, $"the path '{path}'"))
            {
                var method = key.ToLowerInvariant();
                if (HttpMethods.Contains(method))
                {
                    var read = ReadOperation(path, method.ToUpperInvariant(), keyNode, operation, shared);
                    result.Add(read.Servers.IsEmpty ? read with { Servers = pathServers } : read);
                }
            }
        }

        return result.ToEquatableArray();
    }

    private SpecOperation ReadOperation(string path, string method, YamlNode keyNode, YamlNode node, List<SpecParameter> shared)
    {
        var own = _nodes.Child(node, "parameters") is { } parametersNode ? ReadParameters(parametersNode) : new List<SpecParameter>();
        var operationIdNode = _nodes.Child(node, "operationId");
        var responses = new List<SpecResponse>();
        if (_nodes.Child(node, "responses") is { } responsesNode)
        {
            foreach (var (status, _, response) in _nodes.Entries(responsesNode, "'responses'"))
            {
                responses.Add(ReadResponse(status, response));
            }
        }

        var tags = _nodes.Child(node, "tags") is { } tagsNode ? _nodes.Strings(tagsNode, "tags").ToEquatableArray() : EquatableArray<string>.Empty;
        var extensions = _extensions.ReadObject(node, "x-tratta-name", "x-tratta-idempotent");

        // "/messages?beta=true" and "/messages#batch" are keys some specs use to give one path two operations.
        var end = path.IndexOfAny(new[] { '?', '#' });
        var query = end >= 0 && path[end] == '?' ? path.Substring(end + 1).Split('#')[0] : null;
        return new SpecOperation
        {
            Path = end >= 0 ? path.Substring(0, end) : path,
            FixedQuery = string.IsNullOrEmpty(query) ? null : query,
            Servers = ReadServers(node),
            Method = method,
            Span = _nodes.SpanOf(keyNode),
            OperationId = _nodes.String(node, "operationId"),
            NameOverride = extensions.Name,
            Idempotent = extensions.Idempotent,
            Security = _nodes.Child(node, "security") is { } security ? ReadSecurity(security) : null,
            OperationIdSpan = operationIdNode is null ? _nodes.SpanOf(keyNode) : _nodes.SpanOf(operationIdNode),
            Summary = _nodes.Text(node, "summary"),
            Description = _nodes.Text(node, "description"),
            Deprecated = _nodes.Boolean(node, "deprecated"),
            Tags = tags,
            Parameters = shared.Concat(own).ToEquatableArray(),
            RequestBody = _nodes.Child(node, "requestBody") is { } body ? ReadRequestBody(body) : null,
            Responses = responses.ToEquatableArray(),
        };
    }

    private List<SpecParameter> ReadParameters(YamlNode node)
    {
        var result = new List<SpecParameter>();
        if (node is not YamlSequenceNode sequence)
        {
            _nodes.ReportShape(node, "Expected 'parameters' to be a list.");
            return result;
        }

        foreach (var parameter in sequence.Children)
        {
            if (ReadParameter(parameter) is { } read)
            {
                result.Add(read);
            }
        }

        return result;
    }

    private SpecParameter? ReadParameter(YamlNode node)
    {
        if (node is not YamlMappingNode)
        {
            _nodes.ReportShape(node, "Expected a parameter to be a mapping with 'name' and 'in'.");
            return null;
        }

        var reference = _nodes.String(node, "$ref");
        var name = _nodes.String(node, "name");
        var location = _nodes.String(node, "in");
        if (reference is null && (name is null || location is null))
        {
            _nodes.ReportShape(node, "Expected a parameter to have 'name' and 'in'.");
            return null;
        }

        // A parameter described by 'content' has one media type, whose schema is the parameter's.
        var content = _nodes.Child(node, "schema") is null && _nodes.Child(node, "content") is { } contentNode
            ? _nodes.Entries(contentNode, "'content'").FirstOrDefault()
            : default;
        return new SpecParameter
        {
            Span = _nodes.SpanOf(node),
            Ref = reference,
            Name = name ?? "",
            NameOverride = _extensions.ReadObject(node, "x-tratta-name").Name,
            In = location ?? "",
            Required = _nodes.Boolean(node, "required"),
            Description = _nodes.Text(node, "description"),
            Schema = _nodes.Child(node, "schema") is { } schema ? _schemas.Read(schema)
                : content.Value is not null && _nodes.Child(content.Value, "schema") is { } contentSchema ? _schemas.Read(contentSchema)
                : null,
            ContentType = content.Key,
            Style = _nodes.String(node, "style"),
            Explode = _nodes.OptionalBoolean(node, "explode"),
            AllowReserved = _nodes.Boolean(node, "allowReserved"),
            Deprecated = _nodes.Boolean(node, "deprecated"),
        };
    }

    private SpecSecurityScheme? ReadSecurityScheme(YamlNode node)
    {
        var type = _nodes.String(node, "type");
        if (type is null)
        {
            _nodes.ReportShape(node, "Expected a security scheme to have a 'type' (http, apiKey, oauth2, openIdConnect).");
            return null;
        }

        return new SpecSecurityScheme(
            type,
            _nodes.String(node, "scheme"),
            _nodes.String(node, "in"),
            _nodes.String(node, "name"),
            _nodes.Text(node, "description"),
            _nodes.SpanOf(node),
            _extensions.ReadObject(node, "x-tratta-name"));
    }

    private EquatableArray<SpecSecurityRequirement> ReadSecurity(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            _nodes.ReportShape(node, "Expected 'security' to be a list of requirements such as '- bearerAuth: []'.");
            return EquatableArray<SpecSecurityRequirement>.Empty;
        }

        var result = new List<SpecSecurityRequirement>();
        foreach (var requirement in sequence.Children)
        {
            var schemes = _nodes.Entries(requirement, "a security requirement").Select(entry => entry.Key).ToEquatableArray();
            result.Add(new SpecSecurityRequirement(schemes, _nodes.SpanOf(requirement)));
        }

        return result.ToEquatableArray();
    }

    private SpecRequestBody ReadRequestBody(YamlNode node) => new()
    {
        Span = _nodes.SpanOf(node),
        Ref = _nodes.String(node, "$ref"),
        Required = _nodes.Boolean(node, "required"),
        Description = _nodes.Text(node, "description"),
        Content = ReadContent(node),
    };

    private SpecResponse ReadResponse(string status, YamlNode node) => new()
    {
        Span = _nodes.SpanOf(node),
        StatusCode = status,
        Ref = _nodes.String(node, "$ref"),
        Description = _nodes.Text(node, "description"),
        Content = ReadContent(node),
    };

    private EquatableArray<SpecMediaType> ReadContent(YamlNode node)
    {
        if (_nodes.Child(node, "content") is not { } content)
        {
            return EquatableArray<SpecMediaType>.Empty;
        }

        var result = new List<SpecMediaType>();
        foreach (var (mediaType, keyNode, value) in _nodes.Entries(content, "'content'"))
        {
            var schema = _nodes.Child(value, "schema") is { } schemaNode ? _schemas.Read(schemaNode) : null;
            var encoding = new List<SpecEncoding>();
            if (_nodes.Child(value, "encoding") is { } encodingNode)
            {
                foreach (var (property, _, entry) in _nodes.Entries(encodingNode, "'encoding'"))
                {
                    encoding.Add(new SpecEncoding(property, _nodes.String(entry, "contentType"), _nodes.String(entry, "style"), _nodes.OptionalBoolean(entry, "explode"), _nodes.Boolean(entry, "allowReserved")));
                }
            }

            result.Add(new SpecMediaType(mediaType, _nodes.SpanOf(keyNode), schema) { Encoding = encoding.ToEquatableArray() });
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<SpecNamed<T>> ReadComponents<T>(YamlNode? components, string kind, Func<YamlNode, T?> read)
        where T : class, IEquatable<T>
    {
        if (components is null || _nodes.Child(components, kind) is not { } section)
        {
            return EquatableArray<SpecNamed<T>>.Empty;
        }

        var result = new List<SpecNamed<T>>();
        foreach (var (name, keyNode, value) in _nodes.Entries(section, $"'components/{kind}'"))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (read(value) is { } item)
            {
                result.Add(new SpecNamed<T>(name, _nodes.SpanOf(keyNode), item));
            }
        }

        return result.ToEquatableArray();
    }
}
