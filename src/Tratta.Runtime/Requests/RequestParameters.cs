using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Net.Http;
using Tratta.Runtime.Http;

namespace Tratta.Runtime.Requests;

/// <summary>Writes path, header and cookie parameters in the <c>style</c> and <c>explode</c> the spec gives them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestParameters
{
    /// <summary>
    /// A path parameter: <c>simple</c> (<c>a,b</c>), <c>label</c> (<c>.a.b</c>) or <c>matrix</c> (<c>;id=a;id=b</c>).
    /// Every value is percent-encoded, so that none can move the request to another path.
    /// </summary>
    /// <param name="name">The parameter's name in the spec.</param>
    /// <param name="value">Its value.</param>
    /// <param name="parameterName">The C# parameter, for the exception of an unusable value.</param>
    /// <param name="style">Simple, label or matrix.</param>
    /// <param name="explode">Whether each item or property is written apart.</param>
    /// <returns>The text that replaces <c>{name}</c> in the path.</returns>
    /// <exception cref="ArgumentException">A simple value that is empty, <c>.</c> or <c>..</c>: it would address another resource.</exception>
    public static string Path(string name, ParameterValue value, string parameterName, ParameterStyle style = ParameterStyle.Simple, bool explode = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (style == ParameterStyle.Simple && !value.IsList && !value.IsObject)
        {
            return UriPath.Segment(value.Text!, parameterName);
        }

        if (style == ParameterStyle.Matrix)
        {
            return Matrix(name, value, explode);
        }

        var pieces = Pieces(value, explode, Uri.EscapeDataString);
        if (style == ParameterStyle.Label)
        {
            return "." + string.Join(explode ? "." : ",", pieces);
        }

        var result = string.Join(",", pieces);
        return result.Length > 0 ? result : UriPath.Segment(result, parameterName);
    }

    /// <summary>A header parameter (style simple): <c>a,b</c>, or for an object <c>k,v</c> / <c>k=v</c> (explode).</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header.</param>
    /// <param name="value">Its value.</param>
    /// <param name="explode">Whether an object's properties are written <c>k=v</c>.</param>
    /// <exception cref="ArgumentException">The value holds a line break, which would end the header.</exception>
    /// <exception cref="InvalidOperationException">A content header (<c>Content-Range</c>…) on a request without a body.</exception>
    public static void Header(HttpRequestMessage request, string name, ParameterValue value, bool explode = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = string.Join(",", Pieces(value, explode, static text => text));
        if (text.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0)
        {
            throw new ArgumentException($"The value of the header '{name}' holds a line break, which would end the header.", nameof(value));
        }

        // Content-Range, Content-MD5 and the like describe the body: HttpClient keeps them with the content.
        if (!request.Headers.TryAddWithoutValidation(name, text) && request.Content?.Headers.TryAddWithoutValidation(name, text) != true)
        {
            throw new InvalidOperationException($"The header '{name}' describes a request body, and this request has none to carry it.");
        }
    }

    /// <summary>A cookie parameter (style form): <c>name=a,b</c>, or with explode one cookie per item or property.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The cookie.</param>
    /// <param name="value">Its value.</param>
    /// <param name="explode">Whether each item (<c>name=a; name=b</c>) or property (<c>k=v</c>) is a cookie of its own.</param>
    public static void Cookie(HttpRequestMessage request, string name, ParameterValue value, bool explode = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (value.IsObject)
        {
            if (explode)
            {
                foreach (var pair in value.Pairs())
                {
                    Cookies.Add(request, Uri.EscapeDataString(pair.Key), Uri.EscapeDataString(pair.Value));
                }
            }
            else
            {
                Cookies.Add(request, name, string.Join(",", Flat(value).Select(Uri.EscapeDataString)));
            }
        }
        else if (value.IsList)
        {
            var items = value.ListItems().Select(Uri.EscapeDataString);
            if (explode)
            {
                foreach (var item in items)
                {
                    Cookies.Add(request, name, item);
                }
            }
            else
            {
                Cookies.Add(request, name, string.Join(",", items));
            }
        }
        else
        {
            Cookies.Add(request, name, Uri.EscapeDataString(value.Text!));
        }
    }

    private static string Matrix(string name, ParameterValue value, bool explode)
    {
        var key = Uri.EscapeDataString(name);
        if (value.IsObject)
        {
            return explode
                ? string.Concat(value.Pairs().Select(pair => ";" + Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)))
                : ";" + key + "=" + string.Join(",", Flat(value).Select(Uri.EscapeDataString));
        }

        if (value.IsList)
        {
            var items = value.ListItems().Select(Uri.EscapeDataString);
            return explode ? string.Concat(items.Select(item => ";" + key + "=" + item)) : ";" + key + "=" + string.Join(",", items);
        }

        return value.Text!.Length == 0 ? ";" + key : ";" + key + "=" + Uri.EscapeDataString(value.Text);
    }

    // What simple and label styles join: a list's items, or an object's properties as "k=v" (explode) or "k,v".
    private static IEnumerable<string> Pieces(ParameterValue value, bool explode, Func<string, string> escape) =>
        value.IsObject ? (explode ? value.Pairs().Select(pair => escape(pair.Key) + "=" + escape(pair.Value)) : Flat(value).Select(escape))
        : value.IsList ? value.ListItems().Select(escape)
        : new[] { escape(value.Text!) };

    // An object without explode: its names and values in turn, "R,100,G,200".
    private static IEnumerable<string> Flat(ParameterValue value) => value.Pairs().SelectMany(pair => new[] { pair.Key, pair.Value });
}
