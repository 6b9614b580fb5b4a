using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>The spec's first server: the URL the client uses when the options give no base URL.</summary>
/// <param name="UrlTemplate">The URL as written, <c>{variables}</c> left in.</param>
/// <param name="Variables">Its variables, each an option.</param>
internal sealed record ServerModel(string UrlTemplate, EquatableArray<ServerVariableModel> Variables);

/// <summary>A server variable: a string option whose value is put into the server URL.</summary>
/// <param name="WireName">The name between braces in the URL.</param>
/// <param name="PropertyName">The options property.</param>
/// <param name="Default">The spec's default value.</param>
/// <param name="IsRequired"><c>x-tratta-required</c>: the default is a placeholder, so the option must be set (or the base URL).</param>
/// <param name="Format"><c>x-tratta-format</c>: <c>uuid</c>, or null.</param>
/// <param name="IsUrlText">
/// Whether the variable holds a piece of URL (<c>v2/beta</c>, <c>https://eu.example.test</c>: its default or a value of
/// its enum has <c>/ : ? # @</c>), put into the URL as it is; any other value is escaped as one part of the URL.
/// </param>
internal sealed record ServerVariableModel(string WireName, string PropertyName, string Default, string? Description, EquatableArray<string> Enum, bool IsRequired, string? Format, bool IsUrlText);

/// <summary>How a security scheme's credential goes on a request.</summary>
internal enum CredentialKind
{
    /// <summary><c>http</c> <c>bearer</c>, and the token of <c>oauth2</c> or <c>openIdConnect</c>.</summary>
    Bearer,

    /// <summary><c>http</c> <c>basic</c>: a user name and a password.</summary>
    Basic,

    /// <summary><c>apiKey</c> in a header, query parameter or cookie.</summary>
    ApiKey,
}

/// <summary>A security scheme the client can send: options properties for its credential.</summary>
/// <param name="SchemeName">The scheme's name in <c>components/securitySchemes</c>.</param>
/// <param name="PropertyName">The property of the token or key; for basic, of the user name.</param>
/// <param name="PasswordPropertyName">For basic: the property of the password.</param>
/// <param name="TokenProviderPropertyName">For a bearer token: the property of a function that returns the current token (OAuth 2.0 tokens expire).</param>
/// <param name="ApiKeyName">For an API key: the header, query parameter or cookie name.</param>
/// <param name="ApiKeyLocation">For an API key: <c>Header</c>, <c>Query</c> or <c>Cookie</c>.</param>
/// <param name="What">What the credential is, for documentation and messages, e.g. "the bearer token".</param>
internal sealed record SecuritySchemeModel(
    string SchemeName,
    CredentialKind Kind,
    string PropertyName,
    string? PasswordPropertyName,
    string? TokenProviderPropertyName,
    string? ApiKeyName,
    string? ApiKeyLocation,
    string What,
    string? Description);
