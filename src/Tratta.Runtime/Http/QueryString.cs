using System;

namespace Tratta.Runtime.Http;

/// <summary>Adds query parameters to request URIs.</summary>
internal static class QueryString
{
    /// <summary>The URI with <c>name=value</c> added to its query, both escaped.</summary>
    public static Uri Append(Uri uri, string name, string value)
    {
        var text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        var fragment = text.IndexOf('#');
        var beforeFragment = fragment < 0 ? text : text.Substring(0, fragment);
        var separator = beforeFragment.IndexOf('?') < 0 ? "?" : beforeFragment.EndsWith('?') || beforeFragment.EndsWith('&') ? "" : "&";
        var result = beforeFragment + separator + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value) + (fragment < 0 ? "" : text.Substring(fragment));
        return new Uri(result, uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }
}
