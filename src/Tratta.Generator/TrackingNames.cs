namespace Tratta.Generator;

/// <summary>Names of the pipeline steps, so tests can assert what was cached.</summary>
public static class TrackingNames
{
    /// <summary>The spec files of the project, as their items name them (text not read).</summary>
    public const string Files = "TrattaSpec.Files";

    /// <summary>The namespace and client name of every spec.</summary>
    public const string Names = "TrattaSpec.Names";

    /// <summary>Spec files with their text and settings.</summary>
    public const string Input = "TrattaSpec.Input";

    /// <summary>Whether the project can compile generated code (C# version, Tratta.Runtime referenced).</summary>
    public const string ProjectCheck = "TrattaSpec.ProjectCheck";

    /// <summary>Stages 1 and 2: the client model and the diagnostics.</summary>
    public const string Build = "TrattaSpec.Build";

    /// <summary>The client model alone, which the emitted code depends on.</summary>
    public const string Model = "TrattaSpec.Model";

    /// <summary>The diagnostics alone, split off the same build so that the code stays cached.</summary>
    public const string Diagnostics = "TrattaSpec.Diagnostics";

    /// <summary>The units of stage 3 (a type, an operation group, the client), each emitted as an output of its own.</summary>
    public const string EmitUnits = "TrattaSpec.EmitUnits";
}
