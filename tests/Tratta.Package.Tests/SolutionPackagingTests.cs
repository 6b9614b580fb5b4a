using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Package.Tests;

/// <summary>
/// <c>dotnet pack Tratta.Gen.sln</c> (the README's command) makes the two packages and nothing else: every other
/// project of the solution (tests, samples, benchmarks, the client, the sandbox) says it is not packable, since a
/// library is packable unless it says so.
/// </summary>
public sealed partial class SolutionPackagingTests
{
    [Fact]
    public void Only_the_generator_and_its_testing_companion_are_packable()
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Tratta.Gen.sln"));
        var projects = ProjectPath().Matches(solution).Select(match => match.Groups[1].Value.Replace('\\', '/')).ToList();
        Assert.Contains("benchmarks/Tratta.Benchmarks/Tratta.Benchmarks.csproj", projects);

        var packable = projects
            .Where(project => XDocument.Load(Path.Combine(RepositoryRoot.Path, project)).Descendants("IsPackable").LastOrDefault()?.Value.Trim() != "false")
            .Select(project => Path.GetFileNameWithoutExtension(project))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Tratta.Generator", "Tratta.Generator.Testing"], packable);
    }

    [GeneratedRegex("\"([^\"]+\\.csproj)\"")]
    private static partial Regex ProjectPath();
}
