using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Tratta.Tests.Shared;

namespace Tratta.Package.Tests.Infrastructure;

/// <summary>
/// A fresh project in a temporary folder outside the repository, as a new user makes one: a csproj with the
/// Tratta.Generator PackageReference (from the packed feed) and its items, a nuget.config naming the feed, its files.
/// Warnings are errors in it, so that a build that passes has none.
/// </summary>
internal sealed partial class ConsumerProject : IDisposable
{
    private static readonly string Consumers = Path.Combine(AppContext.BaseDirectory, "Consumers");

    private readonly PackedFeed _feed;

    public ConsumerProject(PackedFeed feed, string name, string targetFramework = "net10.0", string properties = "", string items = "")
    {
        _feed = feed;
        Name = name;
        TargetFramework = targetFramework;
        Directory = Path.Combine(feed.Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="tratta-test-feed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        WriteProject(properties, items);
    }

    public string Name { get; }

    public string TargetFramework { get; }

    public string Directory { get; }

    /// <summary>The project file, to reference from another consumer.</summary>
    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public void WriteProject(string properties = "", string items = "") => File.WriteAllText(ProjectFile, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{TargetFramework}</TargetFramework>
            <RootNamespace>{Name}</RootNamespace>
            <ImplicitUsings>disable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Tratta.Generator" Version="{_feed.Version}" />
            {items}
          </ItemGroup>
        </Project>
        """);

    /// <summary>Copies a file of the tests' Consumers folder into the project.</summary>
    public ConsumerProject Copy(string source, string destination)
    {
        var path = Path.Combine(Directory, destination);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(Consumers, source), path, overwrite: true);
        return this;
    }

    public ConsumerProject Write(string destination, string text)
    {
        var path = Path.Combine(Directory, destination);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Directory, path));

    public async Task<BuildResult> BuildAsync(params string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = await ProcessRunner.RunAsync("dotnet", ["build", ProjectFile, "-nodeReuse:false", "-nologo", .. arguments], Directory, TimeSpan.FromMinutes(5));
        return new BuildResult(exitCode, output, watch.Elapsed, Diagnostics(output));
    }

    public Task<(int ExitCode, string Output)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.RunAsync("dotnet", [Path.Combine(Directory, "bin", "Debug", TargetFramework, Name + ".dll"), .. arguments], Directory, TimeSpan.FromMinutes(2), environment);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    // MSBuild repeats each diagnostic at the end of the build: distinct ones only.
    private static IReadOnlyList<BuildDiagnostic> Diagnostics(string output) =>
        BuildLine().Matches(output)
            .Select(match => new BuildDiagnostic(match.Groups["file"].Value.Trim(), int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>[^\r\n]*?)(?: \(https?://[^)]*\))? \[[^\r\n]*\]\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BuildLine();
}

/// <summary>The outcome of <c>dotnet build</c>.</summary>
internal sealed record BuildResult(int ExitCode, string Output, TimeSpan Elapsed, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode} in {Elapsed.TotalSeconds:0.0} s\n{Output}";
}

/// <summary>One diagnostic of a build, as MSBuild prints it: <c>file(line,column): error ID: message</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message);
