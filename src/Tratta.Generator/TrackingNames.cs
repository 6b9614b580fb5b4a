namespace Tratta.Generator;

/// <summary>Names of the pipeline steps, so tests can assert what was cached.</summary>
public static class TrackingNames
{
    /// <summary>Spec files with their text and settings.</summary>
    public const string Input = "TrattaSpec.Input";

    /// <summary>Stages 1 and 2: the client model and the diagnostics.</summary>
    public const string Build = "TrattaSpec.Build";

    /// <summary>The client model alone, which the emitted code depends on.</summary>
    public const string Model = "TrattaSpec.Model";

    /// <summary>The diagnostics alone, split off the same build so that the code stays cached.</summary>
    public const string Diagnostics = "TrattaSpec.Diagnostics";
}
