using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Tratta.Generator.Pipeline;

/// <summary>
/// Whether the consuming project can compile generated code: C# 11 or later (<c>required</c> members, UTF-8 string
/// literals) and a reference to Tratta.Runtime, which needs .NET 8 or later. When it cannot, each spec gets one
/// TRATTA error saying what to change, and nothing is emitted (instead of a wall of C# errors).
/// </summary>
internal sealed record ProjectCheck(bool LanguageVersionSupported, string LanguageVersion, bool ReferencesRuntime, string? TargetFramework)
{
    public const string RuntimeAssemblyName = "Tratta.Runtime";

    public static readonly LanguageVersion MinimumLanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    public bool CanCompile => LanguageVersionSupported && ReferencesRuntime;

    public static ProjectCheck From(ParseOptions parseOptions, bool referencesRuntime, string? targetFramework)
    {
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Default;
        return new ProjectCheck(version >= MinimumLanguageVersion, version.ToDisplayString(), referencesRuntime, targetFramework);
    }

    /// <summary>The arguments of TRATTA019: what the project is, and what to change.</summary>
    public string[] RuntimeMissingArguments() => IsNet8OrLater(TargetFramework)
        ? new[] { "does not reference it", "Reference the Tratta.Generator package (it brings Tratta.Runtime) instead of the generator alone." }
        : new[] { TargetFramework is null ? "does not reference it" : $"targets {TargetFramework}", "Set <TargetFramework> to net8.0 or later." };

    // net8.0, net10.0, net9.0-windows…; netstandard2.0, netcoreapp3.1, net48 and net6.0 are not.
    private static bool IsNet8OrLater(string? targetFramework)
    {
        if (targetFramework is null || !targetFramework.StartsWith("net", System.StringComparison.OrdinalIgnoreCase) || targetFramework.IndexOf('.') < 0)
        {
            return false;
        }

        var major = new string(targetFramework.Substring(3).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(major, out var number) && number >= 8;
    }

    public static bool HasRuntime(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(assembly => assembly.Name == RuntimeAssemblyName);
}
