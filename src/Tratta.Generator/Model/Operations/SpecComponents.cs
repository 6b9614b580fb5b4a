using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>Follows <c>$ref</c>s to parameters, request bodies and responses in <c>components</c>.</summary>
internal sealed class SpecComponents
{
    // Deep enough for any real chain of references; a cycle stops here instead of looping.
    private const int MaxDepth = 16;

    private readonly SpecDocument _document;
    private readonly ModelDiagnostics _diagnostics;

    public SpecComponents(SpecDocument document, ModelDiagnostics diagnostics)
    {
        _document = document;
        _diagnostics = diagnostics;
    }

    public SpecParameter? Parameter(SpecParameter parameter) =>
        Follow(parameter, p => p.Ref, _document.Parameters, "parameters", p => p.Span);

    public SpecRequestBody? RequestBody(SpecRequestBody body) =>
        Follow(body, b => b.Ref, _document.RequestBodies, "requestBodies", b => b.Span);

    /// <summary>The response, its status code kept from where the <c>$ref</c> stands.</summary>
    public SpecResponse? Response(SpecResponse response) =>
        Follow(response, r => r.Ref, _document.Responses, "responses", r => r.Span) is { } resolved
            ? resolved with { StatusCode = response.StatusCode }
            : null;

    private T? Follow<T>(T item, System.Func<T, string?> reference, EquatableArray<SpecNamed<T>> components, string kind, System.Func<T, SpecSpan> span)
        where T : class, System.IEquatable<T>
    {
        var current = item;
        for (var depth = 0; depth < MaxDepth && reference(current) is { } target; depth++)
        {
            var prefix = $"#/components/{kind}/";
            var next = target.StartsWith(prefix, System.StringComparison.Ordinal)
                ? components.FirstOrDefault(c => c.Name == SchemaResolver.Unescape(target.Substring(prefix.Length)))?.Value
                : null;
            if (next is null)
            {
                _diagnostics.Report(TrattaDiagnostics.UnresolvedReference, span(current), target, kind);
                return null;
            }

            current = next;
        }

        return reference(current) is null ? current : null;
    }
}
