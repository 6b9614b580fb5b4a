using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>
/// Turns the spec's <c>servers</c> and <c>securitySchemes</c> into the client's options: one property per server
/// variable and per credential, named so that none hides a member of the options' base class or another property.
/// </summary>
internal sealed class ClientConfigurationBuilder
{
    // Members of the generated options class and of Tratta.Runtime.ApiClientOptions.
    private static readonly string[] ReservedNames =
    {
        "BaseUrl", "Resilience", "Section", "SectionName", "HasCredentials", "Validate", "ThrowIfInvalid", "GetBaseAddress",
        "GetCredentials", "ServerAddress", "ValidateServer", "ValidateCredentials", "BindCommon", "Bind", "PrintableBaseUrl",
        "Redacted", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize",

        // Parameters and locals of the generated methods.
        "problems", "section", "credentials", "keys",
    };

    private static readonly char[] UrlDelimiters = { '/', ':', '?', '#', '@' };

    private readonly SpecDocument _document;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<string> _usedNames;

    public ClientConfigurationBuilder(SpecDocument document, string optionsClassName, List<DiagnosticInfo> diagnostics)
    {
        _document = document;
        _diagnostics = diagnostics;
        _usedNames = new HashSet<string>(ReservedNames) { optionsClassName };
    }

    public ServerModel? BuildServer()
    {
        // A document whose servers are all on its paths or operations (Twilio's) gets the most common of those.
        var server = _document.Servers.IsEmpty
            ? _document.Operations.Where(o => !o.Servers.IsEmpty).GroupBy(o => o.Servers[0].Url).OrderByDescending(g => g.Count()).Select(g => g.First().Servers[0]).FirstOrDefault()
            : _document.Servers[0];
        if (server is null)
        {
            return null;
        }

        var variables = new List<ServerVariableModel>();
        foreach (var variable in server.Variables)
        {
            if (server.Url.IndexOf("{" + variable.Name + "}", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (PropertyName(variable.Extensions.Name, Naming.Pascal(variable.Name), variable.Span) is not { } name)
            {
                continue;
            }

            var isUrlText = new[] { variable.Default }.Concat(variable.Enum).Any(value => value.IndexOfAny(UrlDelimiters) >= 0);
            variables.Add(new ServerVariableModel(variable.Name, name, variable.Default, variable.Description, variable.Enum, variable.Extensions.Required, variable.Extensions.Format, isUrlText));
        }

        return new ServerModel(server.Url, variables.ToEquatableArray());
    }

    /// <summary>The schemes the client can send; one it cannot (mutual TLS, an http scheme other than bearer or basic) is a warning.</summary>
    public EquatableArray<SecuritySchemeModel> BuildSecuritySchemes()
    {
        var result = new List<SecuritySchemeModel>();
        var conventional = _document.SecuritySchemes.Select(s => KindOf(s.Value) is { } kind ? ConventionalName(kind, s.Value) : null).ToList();
        for (var i = 0; i < _document.SecuritySchemes.Count; i++)
        {
            var named = _document.SecuritySchemes[i];
            var scheme = named.Value;
            if (KindOf(scheme) is not { } kind)
            {
                Report(TrattaDiagnostics.UnsupportedSecurityScheme, named.NameSpan, named.Name, Describe(scheme));
                continue;
            }

            // The plain name (BearerToken, ApiKey…) when no other scheme would take it, else the scheme's name in front.
            var alone = conventional.Count(name => name == conventional[i]) == 1;
            var prefix = alone ? "" : Prefix(named.Name);
            if (kind == CredentialKind.Basic)
            {
                var user = PropertyName(scheme.Extensions.Name is { } basicName ? basicName + "UserName" : null, prefix + "UserName", named.NameSpan);
                var password = PropertyName(scheme.Extensions.Name is { } basicPrefix ? basicPrefix + "Password" : null, prefix + "Password", named.NameSpan);
                if (user is not null && password is not null)
                {
                    result.Add(new SecuritySchemeModel(named.Name, kind, user, password, null, null, null, "the user name and password", scheme.Description));
                }

                continue;
            }

            var isOAuth = scheme.Type is "oauth2" or "openIdConnect";
            if (PropertyName(scheme.Extensions.Name, Combined(prefix, conventional[i]!), named.NameSpan) is not { } property)
            {
                continue;
            }

            var what = kind == CredentialKind.ApiKey ? $"the API key (sent as the {scheme.In} '{scheme.ParameterName}')"
                : isOAuth ? "the OAuth 2.0 access token (sent as a bearer token; obtaining it is up to you)"
                : "the bearer token";
            var location = kind == CredentialKind.ApiKey ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(scheme.In!) : null;
            var provider = kind == CredentialKind.Bearer ? PropertyName(null, property + "Provider", named.NameSpan) : null;
            result.Add(new SecuritySchemeModel(named.Name, kind, property, null, provider, scheme.ParameterName, location, what, scheme.Description));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Whether the document's security leaves no way to call without a credential.</summary>
    public bool RequiresCredentials(EquatableArray<SecuritySchemeModel> schemes)
    {
        var security = _document.Security ?? EquatableArray<SpecSecurityRequirement>.Empty;
        return !security.IsEmpty
            && security.All(requirement => !requirement.Schemes.IsEmpty)
            && security.Any(requirement => requirement.Schemes.All(name => schemes.Any(s => s.SchemeName == name)));
    }

    private static CredentialKind? KindOf(SpecSecurityScheme scheme) => scheme.Type switch
    {
        "http" when string.Equals(scheme.Scheme, "bearer", System.StringComparison.OrdinalIgnoreCase) => CredentialKind.Bearer,
        "http" when string.Equals(scheme.Scheme, "basic", System.StringComparison.OrdinalIgnoreCase) => CredentialKind.Basic,
        "apiKey" when scheme.In is "header" or "query" or "cookie" && !string.IsNullOrEmpty(scheme.ParameterName) => CredentialKind.ApiKey,
        "oauth2" or "openIdConnect" => CredentialKind.Bearer,
        _ => null,
    };

    private static string ConventionalName(CredentialKind kind, SpecSecurityScheme scheme) => kind switch
    {
        CredentialKind.Basic => "UserName",
        CredentialKind.ApiKey => "ApiKey",
        _ => scheme.Type is "oauth2" or "openIdConnect" ? "AccessToken" : "BearerToken",
    };

    /// <summary>A scheme's name as a prefix: <c>ApiKeyAuth</c> → <c>ApiKey</c>, <c>bearer</c> → <c>Bearer</c>.</summary>
    private static string Prefix(string schemeName)
    {
        var pascal = Naming.Pascal(schemeName);
        foreach (var suffix in new[] { "Authentication", "Auth", "Scheme", "Security" })
        {
            if (pascal.Length > suffix.Length && pascal.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return pascal.Substring(0, pascal.Length - suffix.Length);
            }
        }

        return pascal;
    }

    /// <summary>A prefix and a conventional name without repeated words: <c>ApiKey</c> + <c>BearerToken</c> → <c>ApiKey</c>, <c>Bearer</c> + <c>BearerToken</c> → <c>BearerToken</c>.</summary>
    private static string Combined(string prefix, string conventional)
    {
        var namesItsKind = new[] { "Token", "Key", "Secret" }.Any(kind => prefix.Length > kind.Length && prefix.EndsWith(kind, System.StringComparison.Ordinal));
        if (namesItsKind)
        {
            return prefix;
        }

        return prefix.EndsWith("Bearer", System.StringComparison.Ordinal) && conventional == "BearerToken" ? prefix + "Token" : prefix + conventional;
    }

    private static string Describe(SpecSecurityScheme scheme) =>
        scheme.Type == "http" ? $"the http scheme '{scheme.Scheme}'"
        : scheme.Type == "apiKey" ? "an apiKey scheme without a valid 'in' (header, query, cookie) and 'name'"
        : $"the scheme type '{scheme.Type}'";

    private string? PropertyName(string? explicitName, string conventional, SpecSpan span)
    {
        var name = explicitName ?? conventional;
        if (!Naming.IsValidIdentifier(name))
        {
            Report(TrattaDiagnostics.InvalidName, span, name, Naming.IsKeyword(name) ? "it is a C# keyword" : "it is not a valid identifier");
            return null;
        }

        var unique = name;
        for (var i = 2; !_usedNames.Add(unique); i++)
        {
            if (explicitName is not null)
            {
                Report(TrattaDiagnostics.InvalidName, span, name, "the options class already has a member of that name");
                return null;
            }

            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecSpan span, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, span, args));
}
