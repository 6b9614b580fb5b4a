using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model.Operations;
using Tratta.Generator.Model.Types;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>Stage 2: <see cref="SpecDocument"/> → <see cref="ClientModel"/>. Problems become diagnostic values.</summary>
internal static class ModelBuilder
{
    public static ModelResult Build(SpecDocument document, GeneratorSettings settings, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (!CheckSettings(settings, diagnostics))
        {
            return new ModelResult(null, diagnostics.ToEquatableArray());
        }

        var modelDiagnostics = new ModelDiagnostics(diagnostics);
        var grouping = new OperationGrouping(document, settings.ClientName, settings.Grouping, modelDiagnostics);
        var types = new TypeModelBuilder(document, ReservedTypeNames(settings).Concat(grouping.TypeNames), modelDiagnostics, cancellationToken);
        var configuration = new ClientConfigurationBuilder(document, settings.ClientName + "Options", diagnostics);
        var server = configuration.BuildServer();
        var groups = new OperationModelBuilder(document, types, grouping, server?.UrlTemplate, modelDiagnostics).Build(cancellationToken);
        var schemes = configuration.BuildSecuritySchemes();
        var generated = document.Operations.IsEmpty || document.KeepsAllSchemas ? types.Types() : ReachableTypes.Of(types.Types(), groups);
        var requestTypes = RequestTypes(generated, groups).ToList();
        var allTypes = WithTriState(generated, requestTypes);
        var model = new ClientModel
        {
            Namespace = settings.Namespace,
            ClientName = settings.ClientName,
            SectionName = SectionName(settings.ClientName),
            HintPrefix = settings.HintPrefix,
            Title = document.Title,
            Description = document.Description,
            Server = server,
            SecuritySchemes = schemes,
            RequiresCredentials = configuration.RequiresCredentials(schemes),
            Types = allTypes.ToEquatableArray(),
            RequestTypes = requestTypes.ToEquatableArray(),
            IsLaravel = document.Dialect == "laravel",
            Groups = groups.ToEquatableArray(),
        };

        // Code is emitted only from a spec without errors: half a client would bury the real problem in C# errors.
        return new ModelResult(TrattaDiagnostics.AnyError(diagnostics) ? null : model, diagnostics.ToEquatableArray());
    }

    /// <summary>The configuration section and the name messages use: <c>TrattaClient</c> → <c>Tratta</c>.</summary>
    public static string SectionName(string clientName) =>
        clientName.EndsWith("Client", System.StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

    // The names come from MSBuild item metadata, not from the spec: a bad one would break every generated file.
    private static bool CheckSettings(GeneratorSettings settings, List<DiagnosticInfo> diagnostics)
    {
        if (!settings.Namespace.Split('.').All(Naming.IsValidIdentifier))
        {
            diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.InvalidSetting.Id, SpecSpan.None, "Namespace", settings.Namespace, "namespace", "My.Api"));
        }

        if (!Naming.IsValidIdentifier(settings.ClientName))
        {
            diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.InvalidSetting.Id, SpecSpan.None, "ClientName", settings.ClientName, "type name", "MyApiClient"));
        }

        if (settings.Grouping is { } grouping && grouping is not ("paths" or "tags"))
        {
            diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.InvalidSetting.Id, SpecSpan.None, "Grouping", grouping, "grouping: paths or tags", "tags"));
        }

        return diagnostics.Count == 0;
    }

    /// <summary>Names the client's own types and namespaces take (see the client, options and services emitters).</summary>
    private static IEnumerable<string> ReservedTypeNames(GeneratorSettings settings)
    {
        yield return settings.ClientName;
        yield return "I" + settings.ClientName;
        yield return settings.ClientName + "Options";
        yield return settings.ClientName + "ServiceCollectionExtensions";

        // The namespace of the JSON converters ({namespace}.Serialization): a type of that name would hide it.
        yield return "Serialization";
    }

    /// <summary>The records a request body can hold, directly or nested, in the order of <paramref name="types"/>.</summary>
    private static IEnumerable<string> RequestTypes(IReadOnlyList<TypeModel> types, IReadOnlyList<OperationGroupModel> groups)
    {
        var byName = types.ToDictionary(t => t.Name);
        var reached = new HashSet<string>();
        var pending = new Stack<TypeRef>(groups.SelectMany(g => g.Operations).Select(o => o.Body?.Type).Where(t => t is not null).Select(t => t!));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }

            if (type.Kind != TypeKind.Named || !reached.Add(type.Name!) || !byName.TryGetValue(type.Name!, out var model))
            {
                continue;
            }

            switch (model)
            {
                case RecordModel record:
                    foreach (var property in record.AllProperties)
                    {
                        pending.Push(property.Type);
                    }

                    if (record.AdditionalProperties is { } additional)
                    {
                        pending.Push(additional);
                    }

                    foreach (var derived in record.Derived?.Cases ?? EquatableArray<UnionCaseModel>.Empty)
                    {
                        pending.Push(derived.Type);
                    }

                    break;
                case UnionModel union:
                    foreach (var unionCase in union.Cases)
                    {
                        pending.Push(unionCase.Type);
                    }

                    break;
            }
        }

        return types.OfType<RecordModel>().Select(t => t.Name).Where(reached.Contains);
    }

    /// <summary>The records of requests with their optional nullable properties tri-state: left out, or sent as null.</summary>
    private static IReadOnlyList<TypeModel> WithTriState(IReadOnlyList<TypeModel> types, List<string> requestTypes)
    {
        var requests = new HashSet<string>(requestTypes);
        return types.Select(type => type is RecordModel record && requests.Contains(record.Name)
            ? record with
            {
                Properties = record.Properties.Select(p => p.IsNullable && !p.IsRequired && !p.IsReadOnly && p.Constant is null ? p with { IsTriState = true } : p).ToEquatableArray(),
            }
            : type).ToList();
    }
}
