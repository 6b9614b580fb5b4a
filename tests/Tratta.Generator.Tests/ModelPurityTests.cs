using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Model;
using Tratta.Generator.Pipeline;
using Tratta.Generator.Spec;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// What flows through the pipeline is plain data with value equality: a compiler or YAML object inside a model
/// would keep it from ever comparing equal (and keep a whole compilation alive), so nothing would be cached.
/// </summary>
public sealed class ModelPurityTests
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AdditionalText)];

    [Theory]
    [InlineData(typeof(SpecFile))]
    [InlineData(typeof(SpecIdentity))]
    [InlineData(typeof(ProjectSettings))]
    [InlineData(typeof(ProjectCheck))]
    [InlineData(typeof(SpecInput))]
    [InlineData(typeof(SpecReadResult))]
    [InlineData(typeof(ModelResult))]
    public void Pipeline_values_hold_no_compiler_or_yaml_objects_and_compare_by_value(Type root)
    {
        var problems = new List<string>();
        Walk(root, root.Name, new HashSet<Type>(), problems);

        Assert.Empty(problems);
    }

    [Fact]
    public void Reading_and_building_the_same_spec_twice_gives_equal_values()
    {
        var input = new SpecInput(GeneratorHarness.SpecPath, GeneratorHarness.ReadSpec("tratta.yaml"), new GeneratorSettings("Tratta.Client", "TrattaClient", "Tratta.Client."), ClashesWith: null);

        var first = SpecPipeline.Run(input);
        var second = SpecPipeline.Run(input with { Text = new string(input.Text.ToCharArray()) });

        Assert.NotSame(first, second);
        Assert.NotNull(first.Model);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
        {
            return;
        }

        if (Forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)) || type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
        {
            problems.Add($"{path} is a {type.FullName}");
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, path, seen, problems);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("EquatableArray", StringComparison.Ordinal))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
            return;
        }

        if (type.IsArray || typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            problems.Add($"{path} is a collection without value equality ({type.Name}): use EquatableArray<T>");
            return;
        }

        var equatable = typeof(IEquatable<>).MakeGenericType(type);
        if (!equatable.IsAssignableFrom(type))
        {
            problems.Add($"{path} ({type.Name}) has no value equality");
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, path + "." + field.Name.Trim('<', '>').Replace(">k__BackingField", ""), seen, problems);
        }

        // Records deriving from an abstract model (TypeModel) are reached through it: walk every derived model too.
        foreach (var derived in type.Assembly.GetTypes().Where(t => t.BaseType == type))
        {
            Walk(derived, path + "<" + derived.Name + ">", seen, problems);
        }
    }
}
