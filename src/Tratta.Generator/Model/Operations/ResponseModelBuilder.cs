using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>
/// What a call returns, from the operation's success responses (JSON preferred among media types; text as a string;
/// anything else as a streamed file), and the types of its error bodies.
/// </summary>
internal sealed class ResponseModelBuilder
{
    private readonly TypeModelBuilder _types;
    private readonly SpecComponents _components;
    private readonly ModelDiagnostics _diagnostics;

    public ResponseModelBuilder(TypeModelBuilder types, SpecComponents components, ModelDiagnostics diagnostics)
    {
        _types = types;
        _components = components;
        _diagnostics = diagnostics;
    }

    public ResponseModel Build(SpecOperation operation, string contextName)
    {
        var successes = operation.Responses
            .Where(r => r.StatusCode.StartsWith("2", System.StringComparison.Ordinal))
            .Select(_components.Response)
            .Where(r => r is not null)
            .Select(r => r!)
            .OrderBy(r => r.StatusCode, System.StringComparer.Ordinal)
            .ToList();
        // 200 and 201 with the same enveloped body (an upsert) are one result.
        var withBody = successes.Where(r => r.Content.Count > 0).ToList();
        var schemas = withBody.Select(JsonSchema).Distinct().ToList();
        if (withBody.Count > 0 && schemas.Count == 1 && schemas[0] is { } single && _types.EnvelopeOf(single) is { } envelope)
        {
            return Enveloped(withBody[0], envelope, contextName) with { IsNullable = withBody.Count < successes.Count };
        }

        var bodies = successes.Select(response => (Response: response, Body: Body(response, contextName))).ToList();
        var distinct = bodies.Where(b => b.Body.Kind != ResponseKind.None).Select(b => b.Body with { Accept = null }).Distinct().ToList();
        if (distinct.Count == 0)
        {
            return ResponseModel.None;
        }

        var accept = Accept(bodies.Select(b => b.Body));
        if (distinct.Count == 1)
        {
            return distinct[0] with { Accept = accept, IsNullable = bodies.Any(b => b.Body.Kind == ResponseKind.None) };
        }

        var className = _types.TypeNames.Reserve(contextName + "Result");
        // A file among several success bodies is held as its bytes: a result class is read once the body is in.
        var cases = bodies.Select(b => new ResponseVariantModel(
            b.Response.StatusCode,
            StatusName(b.Response.StatusCode),
            b.Body.Kind,
            b.Body.Kind == ResponseKind.File ? new TypeRef(TypeKind.Bytes) : b.Body.Type));
        return new ResponseModel(ResponseKind.Variants) { Variants = new ResponseVariantsModel(className, cases.ToEquatableArray()), Accept = accept };
    }

    /// <summary>The error statuses with a JSON body: specific codes, then ranges (<c>4XX</c>), then <c>default</c>.</summary>
    public EquatableArray<ErrorResponseModel> Errors(SpecOperation operation, string contextName)
    {
        var errors = new List<ErrorResponseModel>();
        foreach (var declared in operation.Responses.Where(r => r.StatusCode is var code && (code.StartsWith("4", System.StringComparison.Ordinal) || code.StartsWith("5", System.StringComparison.Ordinal) || code == "default")))
        {
            if (_components.Response(declared) is { } response && JsonSchema(response) is { } schema)
            {
                errors.Add(new ErrorResponseModel(response.StatusCode.ToUpperInvariant(), _types.Resolve(schema, contextName + Naming.Pascal(StatusName(response.StatusCode)) + "Error", out _)));
            }
        }

        return errors
            .OrderBy(e => e.StatusCode == "DEFAULT" ? 2 : e.StatusCode.EndsWith("XX", System.StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(e => e.StatusCode, System.StringComparer.Ordinal)
            .Select(e => e.StatusCode == "DEFAULT" ? e with { StatusCode = "default" } : e)
            .ToEquatableArray();
    }

    private ResponseModel Enveloped(SpecResponse response, (string Property, SpecSchema Inner, string? Paging) envelope, string contextName)
    {
        var inner = _types.Resolve(envelope.Inner, contextName + "Response", out _);
        if (envelope.Paging is not null && inner.Kind != TypeKind.List)
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, response.Span, "'x-tratta-paging' on an envelope whose value is not a list", "The value is returned without paging: make the envelope property an array.");
            return new ResponseModel(ResponseKind.Json, inner) { Envelope = envelope.Property };
        }

        return new ResponseModel(ResponseKind.Json, inner) { Envelope = envelope.Property, PageItem = envelope.Paging is null ? null : inner.Element };
    }

    private ResponseModel Body(SpecResponse response, string contextName)
    {
        var json = response.Content.FirstOrDefault(media => MediaTypes.IsJson(media.Name));
        if (json is not null)
        {
            return new ResponseModel(ResponseKind.Json, json.Schema is null ? TypeRef.Json : _types.Resolve(json.Schema, contextName + "Response", out _));
        }

        var media = response.Content.FirstOrDefault(m => MediaTypes.Essence(m.Name) != "text/event-stream") ?? response.Content.FirstOrDefault();
        if (media is null)
        {
            return ResponseModel.None;
        }

        var essence = MediaTypes.Essence(media.Name);
        if (essence == "text/event-stream")
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, media.Span, "A response of server-sent events", "It is returned as a stream of the raw event text (FileResponse).");
        }

        var target = media.Schema is null ? null : _types.Target(media.Schema);
        return MediaTypes.IsText(media, target)
            ? new ResponseModel(ResponseKind.Text, TypeRef.String) { Accept = essence }
            : new ResponseModel(ResponseKind.File) { Accept = essence };
    }

    // JSON is the default; an operation that answers with files or text asks for what the spec lists.
    private static string? Accept(IEnumerable<ResponseModel> bodies)
    {
        var types = bodies.Where(b => b.Kind != ResponseKind.None).Select(b => b.Accept ?? MediaTypes.Json).Distinct().ToList();
        return types.Count == 0 || types.SequenceEqual(new[] { MediaTypes.Json }) ? null : string.Join(", ", types);
    }

    private static SpecSchema? JsonSchema(SpecResponse response) =>
        response.Content.FirstOrDefault(media => MediaTypes.IsJson(media.Name))?.Schema;

    /// <summary>The property of a status in a result class: <c>200</c> → <c>Ok</c>, <c>2XX</c> → <c>Success</c>.</summary>
    private static string StatusName(string statusCode) => statusCode.ToUpperInvariant() switch
    {
        "200" => "Ok",
        "201" => "Created",
        "202" => "Accepted",
        "203" => "NonAuthoritativeInformation",
        "204" => "NoContent",
        "205" => "ResetContent",
        "206" => "PartialContent",
        "207" => "MultiStatus",
        "2XX" => "Success",
        "DEFAULT" => "Default",
        var code => "Status" + code,
    };
}
