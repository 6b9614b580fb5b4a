using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text;

namespace Tratta.Runtime.Requests;

/// <summary>
/// Builds a request's query string from its parameters, each in the <c>style</c> and <c>explode</c> the spec gives
/// it. Names and values are percent-encoded (RFC 3986); the delimiters a style adds are not.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QueryBuilder
{
    private readonly StringBuilder _query = new();

    /// <summary>Starts a query.</summary>
    /// <param name="fixedQuery">Parameters the spec's path key carries (<c>beta=true</c> of <c>/messages?beta=true</c>), sent as written.</param>
    public QueryBuilder(string? fixedQuery = null)
    {
        if (!string.IsNullOrEmpty(fixedQuery))
        {
            _query.Append(fixedQuery);
        }
    }

    /// <summary>Adds a parameter.</summary>
    /// <param name="name">The parameter's name in the spec.</param>
    /// <param name="value">Its value.</param>
    /// <param name="style">Its style: form, spaceDelimited, pipeDelimited or deepObject.</param>
    /// <param name="explode">Whether each item or property is a parameter of its own.</param>
    /// <param name="allowReserved">Whether reserved characters (<c>/?:@</c>…) go unencoded.</param>
    /// <returns>This builder.</returns>
    public QueryBuilder Add(string name, ParameterValue value, ParameterStyle style = ParameterStyle.Form, bool explode = true, bool allowReserved = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value.IsObject)
        {
            AddObject(name, value, style, explode, allowReserved);
        }
        else if (value.IsList)
        {
            AddList(name, value, style, explode, allowReserved);
        }
        else
        {
            Append(name, UriText.Escape(value.Text ?? "", allowReserved));
        }

        return this;
    }

    /// <summary>The path with the query added, if there is one.</summary>
    /// <param name="path">The request path.</param>
    /// <returns>The path and query.</returns>
    public string AppendTo(string path) => _query.Length == 0 ? path : path + "?" + _query;

    /// <inheritdoc/>
    public override string ToString() => _query.ToString();

    private void AddList(string name, ParameterValue value, ParameterStyle style, bool explode, bool allowReserved)
    {
        var items = value.ListItems();
        if (style == ParameterStyle.DeepObject)
        {
            var pairs = value.Json is { } json ? Brackets.Flatten(name, json) : items.Select(item => new KeyValuePair<string, string>(name + "[]", item));
            AppendPairs(pairs, allowReserved);
            return;
        }

        if (explode)
        {
            foreach (var item in items)
            {
                Append(name, UriText.Escape(item, allowReserved));
            }

            return;
        }

        Append(name, string.Join(Delimiter(style), items.Select(item => UriText.Escape(item, allowReserved))));
    }

    private void AddObject(string name, ParameterValue value, ParameterStyle style, bool explode, bool allowReserved)
    {
        if (style == ParameterStyle.DeepObject)
        {
            AppendPairs(Brackets.Flatten(name, value.Json!.Value), allowReserved);
            return;
        }

        if (explode)
        {
            // form, explode: the properties stand in for the parameter (?R=100&G=200).
            foreach (var pair in value.Pairs())
            {
                Append(UriText.Escape(pair.Key), UriText.Escape(pair.Value, allowReserved), escapeName: false);
            }

            return;
        }

        var flat = value.Pairs().SelectMany(pair => new[] { pair.Key, pair.Value }).Select(text => UriText.Escape(text, allowReserved));
        Append(name, string.Join(Delimiter(style), flat));
    }

    private void AppendPairs(IEnumerable<KeyValuePair<string, string>> pairs, bool allowReserved)
    {
        foreach (var pair in pairs)
        {
            Append(pair.Key, UriText.Escape(pair.Value, allowReserved));
        }
    }

    // A space and a pipe may not stand in a URI as they are (RFC 3986): they go percent-encoded, as HttpClient would send them anyway.
    private static string Delimiter(ParameterStyle style) => style switch
    {
        ParameterStyle.SpaceDelimited => "%20",
        ParameterStyle.PipeDelimited => "%7C",
        _ => ",",
    };

    private void Append(string name, string escapedValue, bool escapeName = true)
    {
        if (_query.Length > 0)
        {
            _query.Append('&');
        }

        _query.Append(escapeName ? UriText.Escape(name) : name).Append('=').Append(escapedValue);
    }
}
