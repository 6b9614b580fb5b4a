using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes the client's options class, <c>{ClientName}Options</c>: a property per server variable and per credential
/// of the spec's security schemes, their validation (messages that name the configuration key and never repeat a
/// value), reflection-free binding from configuration, and a <c>ToString</c> that never prints a secret.
/// </summary>
internal static class OptionsEmitter
{
    private const string Problems = "global::System.Collections.Generic.List<string>";
    private const string TokenProvider = "global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>";

    public static string ClassName(ClientModel client) => client.ClientName + "Options";

    public static GeneratedFile Emit(ClientModel client)
    {
        var name = ClassName(client);
        var writer = EmitConventions.StartFile(client.Namespace);
        writer.Summary(
            $"Where the {client.ApiName} client sends requests and how it authenticates. Bind it from the {client.SectionName} configuration section or set it in code; it is validated when the client is created.",
            $"Used by <see cref=\"{client.ClientName}.Create\"/> and <c>Add{client.ClientName}</c>.");
        writer.Line(EmitConventions.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed partial class {name} : {RuntimeNames.ApiClientOptions}");
        writer.Line($"/// <summary>The configuration section <c>Add{client.ClientName}(IConfiguration)</c> binds: <c>{SourceWriter.Xml(client.SectionName)}</c>.</summary>");
        writer.Line($"public const string SectionName = {SourceWriter.Literal(client.SectionName)};");
        foreach (var variable in Variables(client))
        {
            writer.Line();
            writer.Summary(
                variable.Description,
                $"The server variable <c>{{{SourceWriter.Xml(variable.WireName)}}}</c> of <see cref=\"{client.ClientName}.ServerUrl\"/>" + (variable.IsRequired ? $"; required unless <see cref=\"{RuntimeNames.ApiClientOptions}.BaseUrl\"/> is set." : $"; default <c>{SourceWriter.Xml(variable.Default)}</c>."));
            writer.Line($"public string? {variable.PropertyName} {{ get; set; }}" + (variable.IsRequired ? "" : $" = {SourceWriter.Literal(variable.Default)};"));
        }

        foreach (var scheme in client.SecuritySchemes)
        {
            foreach (var (property, what) in Properties(scheme))
            {
                writer.Line();
                writer.Summary(scheme.Description, $"{Capitalized(what)} of the security scheme <c>{SourceWriter.Xml(scheme.SchemeName)}</c>. Never printed by <see cref=\"ToString\"/>, logs or exceptions.");
                writer.Line($"public string? {property} {{ get; set; }}");
            }

            if (scheme.TokenProviderPropertyName is { } provider)
            {
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line($"/// Returns the current token of the security scheme <c>{SourceWriter.Xml(scheme.SchemeName)}</c> before each request, for tokens that");
                writer.Line($"/// expire (OAuth 2.0 access tokens): cache the token in it until it expires. Wins over <see cref=\"{scheme.PropertyName}\"/>; set in code, not bound from configuration.");
                writer.Line("/// </summary>");
                writer.Line($"public {TokenProvider}? {provider} {{ get; set; }}");
            }
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("protected override string Section => SectionName;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        var anyCredential = client.SecuritySchemes.SelectMany(s => Properties(s).Select(p => $"!string.IsNullOrEmpty({p.Property})")
            .Concat(s.TokenProviderPropertyName is { } provider ? new[] { $"{provider} is not null" } : new string[0])).ToList();
        writer.Line("protected override bool HasCredentials => " + (anyCredential.Count == 0 ? "false" : string.Join(" || ", anyCredential)) + ";");
        writer.Line();
        WriteGetCredentials(writer, client);
        writer.Line();
        WriteServerAddress(writer, client);
        writer.Line();
        WriteValidateServer(writer, client);
        writer.Line();
        WriteValidateCredentials(writer, client);
        writer.Line();
        WriteBind(writer, client);
        writer.Line();
        WriteToString(writer, client);
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{name}.g.cs", writer.ToString());
    }

    private static IEnumerable<ServerVariableModel> Variables(ClientModel client) =>
        client.Server?.Variables ?? Common.EquatableArray<ServerVariableModel>.Empty;

    private static IEnumerable<(string Property, string What)> Properties(SecuritySchemeModel scheme) =>
        scheme.Kind == CredentialKind.Basic
            ? new[] { (scheme.PropertyName, "the user name"), (scheme.PasswordPropertyName!, "the password") }
            : new[] { (scheme.PropertyName, scheme.What) };

    /// <summary>The configuration key of a property, as messages name it: <c>Tratta:ApiKey</c>.</summary>
    private static string Key(ClientModel client, string property) => client.SectionName + ":" + property;

    /// <summary>A message as a C# expression: literal text around the length of the value (never the value itself).</summary>
    private static string Message(string before, string? lengthOf = null, string after = "") =>
        lengthOf is null ? SourceWriter.Literal(before) : $"{SourceWriter.Literal(before)} + {lengthOf}.Length + {SourceWriter.Literal(after)}";

    private static void WriteGetCredentials(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock($"public override global::System.Collections.Generic.IReadOnlyDictionary<string, {RuntimeNames.ApiCredential}> GetCredentials()");
        writer.Line($"var credentials = new global::System.Collections.Generic.Dictionary<string, {RuntimeNames.ApiCredential}>(global::System.StringComparer.Ordinal);");
        foreach (var scheme in client.SecuritySchemes)
        {
            var key = SourceWriter.Literal(scheme.SchemeName);
            switch (scheme.Kind)
            {
                case CredentialKind.Basic:
                    writer.OpenBlock($"if (!string.IsNullOrEmpty({scheme.PropertyName}) || !string.IsNullOrEmpty({scheme.PasswordPropertyName}))");
                    writer.Line($"credentials[{key}] = {RuntimeNames.ApiCredential}.Basic({scheme.PropertyName} ?? \"\", {scheme.PasswordPropertyName} ?? \"\");");
                    break;
                case CredentialKind.ApiKey:
                    writer.OpenBlock($"if (!string.IsNullOrEmpty({scheme.PropertyName}))");
                    writer.Line($"credentials[{key}] = {RuntimeNames.ApiCredential}.ApiKey({SourceWriter.Literal(scheme.ApiKeyName!)}, {RuntimeNames.ApiKeyLocation}.{scheme.ApiKeyLocation}, {scheme.PropertyName});");
                    break;
                default:
                    writer.OpenBlock($"if ({scheme.TokenProviderPropertyName} is {{ }} {Local(scheme.TokenProviderPropertyName!)})");
                    writer.Line($"credentials[{key}] = {RuntimeNames.ApiCredential}.Bearer({Local(scheme.TokenProviderPropertyName!)});");
                    writer.CloseBlock();
                    writer.OpenBlock($"else if (!string.IsNullOrEmpty({scheme.PropertyName}))");
                    writer.Line($"credentials[{key}] = {RuntimeNames.ApiCredential}.Bearer({scheme.PropertyName});");
                    break;
            }

            writer.CloseBlock();
        }

        writer.Line("return credentials;");
        writer.CloseBlock();
    }

    // The server URL is put together from its literal parts and the escaped variables, never by text replacement in
    // the whole URL (a value holding "{other}" would otherwise be replaced again).
    private static void WriteServerAddress(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <inheritdoc/>");
        if (client.Server is not { } server)
        {
            writer.Line("protected override global::System.Uri? ServerAddress() => null;");
            return;
        }

        var parts = new List<string>();
        var template = server.UrlTemplate;
        var literal = 0;
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open);
            var variable = close < 0 ? null : server.Variables.FirstOrDefault(v => v.WireName == template.Substring(open + 1, close - open - 1));
            if (variable is null)
            {
                continue;
            }

            if (open > literal)
            {
                parts.Add(SourceWriter.Literal(template.Substring(literal, open - literal)));
            }

            var value = $"({variable.PropertyName} ?? {SourceWriter.Literal(variable.Default)}).Trim()";
            parts.Add(variable.IsUrlText ? value : $"global::System.Uri.EscapeDataString({value})");
            literal = close + 1;
        }

        if (literal < template.Length || parts.Count == 0)
        {
            parts.Add(SourceWriter.Literal(template.Substring(literal)));
        }

        writer.Line($"protected override global::System.Uri? ServerAddress() => new({string.Join(" + ", parts)}, global::System.UriKind.RelativeOrAbsolute);");
    }

    private static void WriteValidateServer(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock($"protected override void ValidateServer({Problems} problems)");
        if (client.Server is null)
        {
            writer.Line($"problems.Add({Message($"The spec gives no server URL: set {Key(client, "BaseUrl")}.")});");
        }

        foreach (var variable in Variables(client))
        {
            var key = Key(client, variable.PropertyName);
            var value = variable.PropertyName;
            writer.OpenBlock($"if (string.IsNullOrWhiteSpace({value}))");
            writer.Line($"problems.Add({Message($"Set {key} or {Key(client, "BaseUrl")}.")});");
            writer.CloseBlock();

            // The value is never repeated: a key pasted into the wrong setting would end up in a log.
            if (!variable.Enum.IsEmpty)
            {
                var choices = string.Join(", ", variable.Enum);
                writer.OpenBlock($"else if ({string.Join(" && ", variable.Enum.Select(choice => $"{value}.Trim() != {SourceWriter.Literal(choice)}"))})");
                writer.Line($"problems.Add({Message($"{key} must be one of {choices}; the value set (", value, " characters) is not one.")});");
                writer.CloseBlock();
            }
            else if (variable.Format == "uuid")
            {
                writer.OpenBlock($"else if (!{RuntimeNames.OptionRules}.IsUuid({value}.Trim()))");
                writer.Line($"problems.Add({Message($"{key} must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; the value set (", value, " characters) is not one.")});");
                writer.CloseBlock();
            }
            else if (!variable.IsUrlText)
            {
                writer.OpenBlock($"else if (!{RuntimeNames.OptionRules}.IsUrlPart({value}.Trim()))");
                writer.Line($"problems.Add({Message($"{key} goes into the server URL and must not contain '/', '?', '#', '@', ':', '%', a backslash or white space.")});");
                writer.CloseBlock();
            }
        }

        writer.CloseBlock();
    }

    private static void WriteValidateCredentials(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock($"protected override void ValidateCredentials({Problems} problems)");
        if (client.RequiresCredentials)
        {
            var settings = string.Join(" or ", client.SecuritySchemes.Select(s => string.Join(" and ", Properties(s).Select(p => client.SectionName + ":" + p.Property)) + $" ({s.What.Replace("\"", "'")})"));
            writer.OpenBlock("if (!HasCredentials)");
            writer.Line($"problems.Add({SourceWriter.Literal("Set " + settings + ".")});");
            writer.CloseBlock();
        }

        foreach (var scheme in client.SecuritySchemes)
        {
            foreach (var (property, _) in Properties(scheme))
            {
                var (check, problem) = scheme.Kind switch
                {
                    CredentialKind.Basic => ("IsPrintable", " contains a line break or another control character: set it again without them."),
                    CredentialKind.ApiKey => ("IsHeaderValue", " starts or ends with a space, or contains a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them."),
                    _ => ("IsToken", " contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them."),
                };
                writer.OpenBlock($"if ({property} is {{ Length: > 0 }} && !{RuntimeNames.OptionRules}.{check}({property}))");
                writer.Line($"problems.Add({Message(Key(client, property) + problem)});");
                writer.CloseBlock();
            }
        }

        writer.CloseBlock();
    }

    private static void WriteBind(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <summary>Sets these options from a configuration section (the keys are the property names), without reflection.</summary>");
        writer.Line("/// <param name=\"section\">The client's section, e.g. <c>" + SourceWriter.Xml(client.SectionName) + "</c>.</param>");
        writer.OpenBlock("public void Bind(global::Microsoft.Extensions.Configuration.IConfiguration section)");
        var properties = Variables(client).Select(v => v.PropertyName).Concat(client.SecuritySchemes.SelectMany(s => Properties(s).Select(p => p.Property))).ToList();
        writer.Line($"BindCommon(section{string.Concat(properties.Select(p => ", " + SourceWriter.Literal(p)))});");
        foreach (var property in properties)
        {
            var local = "value" + property;
            writer.OpenBlock($"if (section[{SourceWriter.Literal(property)}] is {{ }} {local})");
            writer.Line($"{property} = {local};");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    private static void WriteToString(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <summary>The options, with every credential redacted and a server variable that fails its checks not shown (it may be a key set in the wrong place).</summary>");
        writer.Line("/// <returns>The options as text.</returns>");
        var parts = new List<string>();
        foreach (var variable in Variables(client))
        {
            var valid = !variable.Enum.IsEmpty
                ? string.Join(" || ", variable.Enum.Select(choice => $"{variable.PropertyName}.Trim() == {SourceWriter.Literal(choice)}"))
                : variable.Format == "uuid" ? $"{RuntimeNames.OptionRules}.IsUuid({variable.PropertyName}.Trim())"
                : variable.IsUrlText ? "true"
                : $"{RuntimeNames.OptionRules}.IsUrlPart({variable.PropertyName}.Trim())";
            parts.Add($"{variable.PropertyName} = {{({variable.PropertyName} is null || {valid} ? {variable.PropertyName} : \"[not valid]\")}}");
        }

        parts.Add("BaseUrl = {PrintableBaseUrl()}");
        parts.AddRange(client.SecuritySchemes.SelectMany(s => Properties(s).Select(p => $"{p.Property} = {{Redacted({p.Property})}}")
            .Concat(s.TokenProviderPropertyName is { } provider ? new[] { $"{provider} = {{({provider} is null ? \"(none)\" : \"(set)\")}}" } : new string[0])));
        parts.Add("Resilience = {Resilience}");
        writer.Line($"public override string ToString() => $\"{ClassName(client)} {{{{ {string.Join(", ", parts)} }}}}\";");
    }

    private static string Local(string property) => "value" + property;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
