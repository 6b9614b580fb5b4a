using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Tratta.Benchmarks.Json.HandWritten;

/// <summary>
/// System.Text.Json without source generation over the same hand-written types: what most existing code does. One
/// shared instance, as the docs require (options cache the metadata they build by reflection; a new instance per
/// call would measure that building instead).
/// </summary>
internal static class ReflectionJsonOptions
{
    public static readonly JsonSerializerOptions Instance = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
