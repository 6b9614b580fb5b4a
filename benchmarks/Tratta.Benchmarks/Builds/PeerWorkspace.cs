using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Tratta.Tests.Shared;

namespace Tratta.Benchmarks.Builds;

/// <summary>
/// The projects the build comparison builds, outside the repository (so that none of its build settings apply), as a
/// user of each tool has them: a library with a &lt;TrattaSpec&gt; item and the Tratta.Generator package from a local
/// feed; a library with Kiota's generated code and the Kiota 2.1.6 packages; a library with NSwag's generated client.
/// The peers run from the repository's pinned tool manifest (dotnet-tools.json).
/// </summary>
internal sealed partial class PeerWorkspace
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "tratta-peer-builds");

    private PeerWorkspace(BuildDocument document, string version, bool compilerServer)
    {
        Document = document;
        PackageVersion = version;
        CompilerServer = compilerServer;
        Directory = Path.Combine(Root, document.Name);
    }

    public BuildDocument Document { get; }

    public string Directory { get; }

    public string PackageVersion { get; }

    /// <summary>
    /// Whether builds use the compiler server (VBCSCompiler), as <c>dotnet build</c> does by default on a developer's
    /// machine; without it each build starts a compiler of its own, as CI machines (and this one, whose environment sets
    /// UseSharedCompilation=false) do. Set explicitly either way, so that the environment does not decide.
    /// </summary>
    public bool CompilerServer { get; }

    private string BuildOptions => $"--no-restore -nologo -v:q -p:UseSharedCompilation={(CompilerServer ? "true" : "false")}";

    public string SpecPath(string tool) => Path.Combine(Directory, tool, "spec" + Path.GetExtension(Document.FullPath));

    public string ProjectPath(string tool) => Path.Combine(Directory, tool, tool + ".csproj");

    /// <summary>Packs the generator (once per source version), writes the tool's project and restores it.</summary>
    public static async Task<PeerWorkspace> PrepareAsync(BuildDocument document, string tool, bool compilerServer)
    {
        var workspace = new PeerWorkspace(document, tool == "tratta" ? await PackOnceAsync() : "", compilerServer);
        var folder = Path.Combine(workspace.Directory, tool);
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        System.IO.Directory.CreateDirectory(folder);
        File.Copy(document.FullPath, workspace.SpecPath(tool));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NuGetConfig);
        File.WriteAllText(workspace.ProjectPath(tool), workspace.ProjectText(tool));
        await RunAsync("dotnet", $"restore {workspace.ProjectPath(tool)} -nologo", folder);
        return workspace;
    }

    /// <summary>Makes a change a user would make to the spec: the API's title, which the generated documentation shows.</summary>
    public void EditSpec(int edit)
    {
        var path = SpecPath("tratta");
        var text = File.ReadAllText(path);
        var title = Path.GetExtension(path) == ".json" ? JsonTitle() : YamlTitle();
        File.WriteAllText(path, title.Replace(text, $"${{1}}Edit {edit} ", 1));
    }

    public Task BuildTrattaAsync() => RunAsync("dotnet", $"build {ProjectPath("tratta")} {BuildOptions}", RepositoryRoot.Path);

    public async Task GenerateAndBuildKiotaAsync()
    {
        await RunAsync("dotnet", $"kiota generate -l CSharp -d {SpecPath("kiota")} -o {Path.Combine(Directory, "kiota", "Generated")} -n Peer.Kiota -c PeerClient --clean-output --exclude-backward-compatible --log-level Warning", RepositoryRoot.Path);
        await RunAsync("dotnet", $"build {ProjectPath("kiota")} {BuildOptions}", RepositoryRoot.Path);
    }

    public async Task GenerateAndBuildNSwagAsync()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "nswag", "Generated"));
        await RunAsync("dotnet", $"nswag openapi2csclient /input:{SpecPath("nswag")} /output:{Path.Combine(Directory, "nswag", "Generated", "PeerClient.cs")} /namespace:Peer.NSwag /className:PeerClient /JsonLibrary:SystemTextJson", RepositoryRoot.Path);
        await RunAsync("dotnet", $"build {ProjectPath("nswag")} {BuildOptions}", RepositoryRoot.Path);
    }

    /// <summary>What a tool's output amounts to: generated C# files and lines, and the size of the built assembly.</summary>
    public string Size(string tool)
    {
        var generated = tool == "tratta"
            ? Path.Combine(Directory, tool, "obj", "generated")
            : Path.Combine(Directory, tool, "Generated");
        var files = System.IO.Directory.Exists(generated) ? System.IO.Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories) : [];
        var lines = files.Sum(file => File.ReadLines(file).LongCount());
        var assembly = Path.Combine(Directory, tool, "bin", "Debug", "net10.0", tool + ".dll");
        var bytes = File.Exists(assembly) ? new FileInfo(assembly).Length : 0;
        return $"{Document.Name} {tool}: {files.Length:N0} files, {lines:N0} lines, assembly {bytes / 1024.0:N0} KiB";
    }

    private string ProjectText(string tool) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>{tool}</AssemblyName>
            <!-- Each tool's output is built as it comes: its warnings are not the comparison's business. -->
            <NoWarn>$(NoWarn);CS1591;CS0618;CS8618;CS8601;CS8602;CS8603;CS8604;CS8625;CS0108;CS0114;CS8767;CS8765</NoWarn>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
          </PropertyGroup>
          <ItemGroup>
        {Items(tool)}
          </ItemGroup>
        </Project>
        """;

    private string Items(string tool) => tool switch
    {
        "tratta" => $"""
                <PackageReference Include="Tratta.Generator" Version="{PackageVersion}" />
                <TrattaSpec Include="{Path.GetFileName(SpecPath(tool))}" Namespace="Peer.Tratta" ClientName="PeerClient" />
            """,
        "kiota" => """
                <PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="2.1.6" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="2.1.6" />
                <Compile Remove="spec*" />
            """,
        _ => "",
    };

    private static string FeedPath => Path.Combine(Root, "feed");

    private static string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="tratta-bench-feed" value="{FeedPath}" />
          </packageSources>
        </configuration>
        """;

    // The version names the generator's sources, so a changed generator is packed (and restored) again, an unchanged one not.
    private static async Task<string> PackOnceAsync()
    {
        var sources = new[] { "src/Tratta.Generator", "src/Tratta.Runtime" }
            .SelectMany(folder => System.IO.Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData(File.ReadAllBytes(file));
        }

        var version = "0.1.0-bench." + Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
        if (!File.Exists(Path.Combine(FeedPath, $"Tratta.Generator.{version}.nupkg")))
        {
            // The pack builds Tratta.Runtime into the package without restoring it: restore it into that artifacts folder first.
            await RunAsync("dotnet", $"restore src/Tratta.Runtime/Tratta.Runtime.csproj --artifacts-path {Path.Combine(Root, "artifacts")} -nologo", RepositoryRoot.Path);
            await RunAsync("dotnet", $"pack src/Tratta.Generator/Tratta.Generator.csproj -c Release -o {FeedPath} -p:PackageVersion={version} --artifacts-path {Path.Combine(Root, "artifacts")} -nologo", RepositoryRoot.Path);
        }

        return version;
    }

    private static async Task RunAsync(string program, string arguments, string workingDirectory)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync(program, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), workingDirectory, Timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited with {exitCode}:\n{Tail(output)}");
        }
    }

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));

    [GeneratedRegex("""("title"\s*:\s*")""")]
    private static partial Regex JsonTitle();

    [GeneratedRegex(@"(?m)(^\s*title:\s*)")]
    private static partial Regex YamlTitle();
}
