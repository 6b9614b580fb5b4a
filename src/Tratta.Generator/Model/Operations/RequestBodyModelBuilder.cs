using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>
/// An operation's request body: the media type it is sent as (JSON preferred, then a form, multipart, a file or text)
/// and the C# type the caller gives.
/// </summary>
internal sealed class RequestBodyModelBuilder
{
    private static readonly string[] Styles = { "form", "spaceDelimited", "pipeDelimited", "deepObject" };

    private readonly TypeModelBuilder _types;
    private readonly SpecComponents _components;
    private readonly ModelDiagnostics _diagnostics;

    public RequestBodyModelBuilder(TypeModelBuilder types, SpecComponents components, ModelDiagnostics diagnostics)
    {
        _types = types;
        _components = components;
        _diagnostics = diagnostics;
    }

    public BodyModel? Build(SpecOperation operation, string contextName)
    {
        if (operation.RequestBody is not { } declared || _components.RequestBody(declared) is not { } body)
        {
            return null;
        }

        if (MediaTypes.Preferred(body.Content) is not { } media)
        {
            _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, body.Span, "A request body without 'content'", "The operation is generated without a body; describe it with 'content: application/json: schema: ...'.");
            return null;
        }

        var essence = MediaTypes.Essence(media.Name);
        var target = media.Schema is null ? null : _types.Target(media.Schema);
        if (MediaTypes.IsJson(essence))
        {
            return Body(media.Schema, contextName, body, BodyEncoding.Json, essence);
        }

        if (MediaTypes.IsForm(essence) || MediaTypes.IsMultipart(essence))
        {
            var encoding = MediaTypes.IsForm(essence) ? BodyEncoding.Form : BodyEncoding.Multipart;
            var model = Body(media.Schema, contextName, body, encoding, "multipart/form-data");
            if (encoding == BodyEncoding.Form)
            {
                model = model with { MediaType = MediaTypes.Form };
            }

            // Form fields come from the JSON of any object; multipart parts from the properties of a record.
            var fieldsKnown = encoding == BodyEncoding.Form
                ? model.Type.Kind is TypeKind.Map or TypeKind.Json || model.Type.Kind == TypeKind.Named && _types.Built(model.Type.Name!) is RecordModel or UnionModel
                : model.Type.Kind == TypeKind.Named && _types.Built(model.Type.Name!) is RecordModel;
            if (!fieldsKnown)
            {
                _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, media.Span, $"A '{essence}' body that is not " + (encoding == BodyEncoding.Form ? "an object" : "an object with properties"), "Its fields cannot be named; it is sent as JSON instead.");
                return model with { Encoding = BodyEncoding.Json, MediaType = MediaTypes.Json };
            }

            return model with { Fields = media.Encoding.Select(Field).ToEquatableArray() };
        }

        if (target is not null && MediaTypes.IsText(media, target) && !IsStructured(target))
        {
            return new BodyModel(TypeRef.String, body.Required, body.Description) { Encoding = BodyEncoding.Text, MediaType = essence };
        }

        if (target is null || MediaTypes.IsBinarySchema(target) || target.Types.Count == 0 && target.Properties.Count == 0)
        {
            return new BodyModel(new TypeRef(TypeKind.File), body.Required, body.Description) { Encoding = BodyEncoding.File, MediaType = essence };
        }

        // XML and other structured bodies: the caller gives the text.
        _diagnostics.Report(TrattaDiagnostics.UnsupportedConstruct, media.Span, $"A '{essence}' body with a structured schema", "The method takes the body's text, sent as it is.");
        return new BodyModel(TypeRef.String, body.Required, body.Description) { Encoding = BodyEncoding.Text, MediaType = essence };
    }

    private static bool IsStructured(SpecSchema schema) =>
        !schema.Properties.IsEmpty || SchemaFacts.SingleType(schema) is "object" or "array" || !schema.AllOf.IsEmpty || !schema.OneOf.IsEmpty || !schema.AnyOf.IsEmpty;

    private BodyModel Body(SpecSchema? schema, string contextName, SpecRequestBody body, BodyEncoding encoding, string mediaType)
    {
        var type = schema is null ? TypeRef.Json : _types.Resolve(schema, contextName + "Request", out _);
        return new BodyModel(type, body.Required, body.Description) { Encoding = encoding, MediaType = mediaType };
    }

    private FieldEncodingModel Field(SpecEncoding encoding)
    {
        var style = encoding.Style is { } name && Styles.Contains(name) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : null;
        return new FieldEncodingModel(encoding.Property, style, encoding.Explode ?? (style is null or "Form"), encoding.ContentType is { } type ? MediaTypes.Essence(type) : null);
    }
}
