using Microsoft.CodeAnalysis.Diagnostics;

namespace Tratta.Generator.Pipeline;

/// <summary>The MSBuild properties of the consuming project the generator reads (see buildTransitive/Tratta.Generator.props).</summary>
/// <param name="RootNamespace">The project's root namespace: the default namespaces start with it.</param>
/// <param name="ProjectDirectory">The project's folder: default names of specs with equal file names use the folders below it.</param>
/// <param name="TargetFramework">The target framework being compiled, e.g. <c>net8.0</c>.</param>
internal sealed record ProjectSettings(string? RootNamespace, string? ProjectDirectory, string? TargetFramework)
{
    public static ProjectSettings From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        return new ProjectSettings(
            SpecFile.Value(global, "build_property.RootNamespace"),
            SpecFile.Value(global, "build_property.MSBuildProjectDirectory") ?? SpecFile.Value(global, "build_property.ProjectDir"),
            SpecFile.Value(global, "build_property.TargetFramework"));
    }
}
