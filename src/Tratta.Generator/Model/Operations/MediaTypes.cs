using System;
using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Operations;

/// <summary>What the generator does with a media type of a request or response body.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>The media type without parameters, lower case: <c>application/json; charset=utf-8</c> → <c>application/json</c>.</summary>
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    public static bool IsJson(string mediaType) => Essence(mediaType) is var essence
        && (essence == Json || essence == "text/json" || essence.EndsWith("+json", StringComparison.Ordinal));

    public static bool IsForm(string mediaType) => Essence(mediaType) == Form;

    public static bool IsMultipart(string mediaType) => Essence(mediaType).StartsWith("multipart/", StringComparison.Ordinal);

    /// <summary>A body read or sent as a string: <c>text/*</c> (server-sent events aside), XML, SDP, or any media type whose schema is a plain string.</summary>
    public static bool IsText(SpecMediaType media, SpecSchema? target)
    {
        var essence = Essence(media.Name);
        if (essence == "text/event-stream")
        {
            return false;
        }

        if (target is not null && IsBinarySchema(target))
        {
            return false;
        }

        return essence.StartsWith("text/", StringComparison.Ordinal)
            || essence is "application/xml" or "application/sdp" or "application/javascript" or "application/yaml"
            || essence.EndsWith("+xml", StringComparison.Ordinal)
            || target is { Types.Count: 1 } && target.Types[0] == "string";
    }

    /// <summary>A schema that is a file: a string in <c>format: binary</c> or <c>contentEncoding: binary</c>.</summary>
    public static bool IsBinarySchema(SpecSchema schema) =>
        schema.Types.Contains("string") && (schema.Format == "binary" || schema.ContentEncoding == "binary");

    /// <summary>The media type the generator prefers among a body's: JSON, then a form, multipart, then anything else.</summary>
    public static SpecMediaType? Preferred(IReadOnlyList<SpecMediaType> content) =>
        content.FirstOrDefault(media => IsJson(media.Name))
        ?? content.FirstOrDefault(media => IsForm(media.Name))
        ?? content.FirstOrDefault(media => IsMultipart(media.Name))
        ?? content.FirstOrDefault(media => Essence(media.Name) != "text/event-stream")
        ?? content.FirstOrDefault();
}
