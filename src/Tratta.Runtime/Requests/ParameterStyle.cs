namespace Tratta.Runtime.Requests;

/// <summary>How a parameter's value is written into the URL, a header or a form body (OpenAPI's <c>style</c>).</summary>
public enum ParameterStyle
{
    /// <summary><c>name=a,b</c>, or with explode <c>name=a&amp;name=b</c>: the query's and cookies' default.</summary>
    Form,

    /// <summary><c>name=a%20b</c>: a list joined by spaces.</summary>
    SpaceDelimited,

    /// <summary><c>name=a%7Cb</c>: a list joined by pipes (percent-encoded, as a URI must carry them).</summary>
    PipeDelimited,

    /// <summary><c>name[key]=value</c>: an object's properties in brackets, nested objects and lists included.</summary>
    DeepObject,

    /// <summary><c>a,b</c>: the path's and headers' default.</summary>
    Simple,

    /// <summary><c>.a.b</c> (explode) or <c>.a,b</c>: a path segment that starts with a dot.</summary>
    Label,

    /// <summary><c>;name=a;name=b</c> (explode) or <c>;name=a,b</c>: a path segment of parameters.</summary>
    Matrix,
}
