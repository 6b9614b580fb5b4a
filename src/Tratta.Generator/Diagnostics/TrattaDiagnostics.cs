using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Tratta.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are tracked in AnalyzerReleases.Unshipped.md.</summary>
internal static class TrattaDiagnostics
{
    private const string Category = "Tratta.Spec";
    private const string HelpBase = "https://github.com/tratta-gen/tratta-gen/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "TRATTA001",
        "The spec is not valid YAML",
        "The spec is not valid YAML: {0}. Fix the YAML at this position.");

    public static readonly DiagnosticDescriptor InvalidStructure = Warning(
        "TRATTA002",
        "The spec does not have the shape of an OpenAPI document",
        "{0}");

    public static readonly DiagnosticDescriptor UnsupportedVersion = Error(
        "TRATTA003",
        "Unsupported OpenAPI version",
        "OpenAPI version '{0}' is not supported. Write an OpenAPI 3.0 or 3.1 document ('openapi: 3.1.0').");

    public static readonly DiagnosticDescriptor UnresolvedReference = Warning(
        "TRATTA004",
        "Unresolved $ref",
        "The reference '{0}' does not resolve; what it describes is read as free-form JSON. Point it at an existing entry such as '#/components/{1}/<name>'.");

    public static readonly DiagnosticDescriptor UnknownType = Warning(
        "TRATTA005",
        "Unknown schema type",
        "Unknown type '{0}'; the value is read as free-form JSON. Use one of: string, integer, number, boolean, array, object, null.");

    public static readonly DiagnosticDescriptor UnknownFormat = Warning(
        "TRATTA006",
        "Unknown format",
        "Unknown format '{0}' for type '{1}'; the value is read as a plain {1}. Formats with a C# type of their own: {2}.");

    public static readonly DiagnosticDescriptor UnknownExtension = Warning(
        "TRATTA007",
        "Unknown x-tratta extension",
        "Unknown extension '{0}' is ignored. The generator understands: {1}.");

    public static readonly DiagnosticDescriptor InvalidExtensionValue = Warning(
        "TRATTA008",
        "Invalid value for an x-tratta extension or rule",
        "Invalid value for '{0}': {1}");

    public static readonly DiagnosticDescriptor RuleDoesNotFitType = Warning(
        "TRATTA009",
        "Rule does not fit the schema's type",
        "'{0}' applies to {1} values, but this schema is of type '{2}': the rule is ignored. Remove the rule or change the type.");

    public static readonly DiagnosticDescriptor DuplicateOperationId = Warning(
        "TRATTA010",
        "Duplicate operationId",
        "The operationId '{0}' is used more than once; where the generator names this operation from it, '{1}' is used. Give every operation a unique operationId.");

    public static readonly DiagnosticDescriptor NameCollision = Warning(
        "TRATTA011",
        "Two names collide after C# naming",
        "'{0}' and '{1}' both become the C# name '{2}' in {3}; the second is named '{4}'. Give one another C# name with 'x-tratta-name' to choose.");

    public static readonly DiagnosticDescriptor InvalidName = Warning(
        "TRATTA012",
        "Name cannot be used in C#",
        "'{0}' cannot be used as a C# name: {1}. The name derived from the spec is used; choose another with 'x-tratta-name'.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Warning(
        "TRATTA013",
        "Unsupported OpenAPI construct",
        "{0} is not supported by the generator. {1}");

    public static readonly DiagnosticDescriptor UnknownPropertyReference = Warning(
        "TRATTA014",
        "Reference to a property that does not exist",
        "'{0}' names the property '{1}', which the schema does not declare: it is ignored. Declare it under 'properties' or fix the name.");

    public static readonly DiagnosticDescriptor PathParameterMismatch = Warning(
        "TRATTA015",
        "Path parameters do not match the path template",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidSetting = Error(
        "TRATTA016",
        "Invalid generator setting",
        "The spec's {0} ('{1}', from its item's {0} or Tratta{0} metadata, or from the file and project names) is not a valid C# {2}. Set {0}=\"{3}\" on its <TrattaSpec> item, or rename the file.");

    public static readonly DiagnosticDescriptor UnsupportedSecurityScheme = Warning(
        "TRATTA017",
        "Security scheme the client cannot send",
        "The security scheme '{0}' uses {1}, which the client cannot send; operations that need it are called without it. Add the credential with a handler of your HttpClient.");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "TRATTA018",
        "The project's C# version cannot compile the generated client",
        "The generated client needs C# 11 or later, and this project compiles C# {0}. Remove <LangVersion> from the project, or set it to 11 or later.");

    public static readonly DiagnosticDescriptor RuntimeMissing = Error(
        "TRATTA019",
        "The project cannot use the generated client",
        "The generated client needs Tratta.Runtime, which needs .NET 8 or later, and this project {0}. {1}");

    public static readonly DiagnosticDescriptor NamespaceClash = Error(
        "TRATTA020",
        "Two specs generate the same names",
        "This spec and '{0}' both generate {1}; neither client is generated. Give each <TrattaSpec> its own Namespace and ClientName.");

    public static readonly DiagnosticDescriptor IndistinctUnionCases = Warning(
        "TRATTA021",
        "Union cases that cannot be told apart",
        "The cases '{0}' and '{1}' {2}: a value both fit is read as '{0}'. {3}");

    public static readonly DiagnosticDescriptor SpecNotUsable = Error(
        "TRATTA022",
        "The spec cannot become a client",
        "{0}");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "TRATTA099",
        "The generator failed",
        "The generator failed while {0}: {1}. This is a bug in Tratta.Generator; please report it with the spec that triggers it.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        YamlSyntax,
        InvalidStructure,
        UnsupportedVersion,
        UnresolvedReference,
        UnknownType,
        UnknownFormat,
        UnknownExtension,
        InvalidExtensionValue,
        RuleDoesNotFitType,
        DuplicateOperationId,
        NameCollision,
        InvalidName,
        UnsupportedConstruct,
        UnknownPropertyReference,
        PathParameterMismatch,
        InvalidSetting,
        UnsupportedSecurityScheme,
        LanguageVersionTooLow,
        RuntimeMissing,
        NamespaceClash,
        IndistinctUnionCases,
        SpecNotUsable,
        InternalError);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>Whether any of the diagnostics is an error (by default, or a warning of a strict spec): then no code is emitted.</summary>
    public static bool AnyError(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsStrict || Get(diagnostic.Id).DefaultSeverity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) => new(
        id,
        title,
        message,
        Category,
        severity,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
