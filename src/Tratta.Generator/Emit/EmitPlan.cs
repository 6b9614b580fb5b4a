using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Tratta.Generator.Common;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Stage 3, first half: <see cref="ClientModel"/> → the units to emit, in a stable order (types, client, groups).</summary>
internal static class EmitPlan
{
    public static ImmutableArray<EmitUnit> Units(ClientModel client, CancellationToken cancellationToken = default)
    {
        var types = client.Types.ToDictionary(t => t.Name);
        var validated = new HashSet<string>(client.RequestTypes);

        // Each unit holds what its code reads and nothing more: a type's unit does not change when a group does.
        var header = client with { Types = EquatableArray<TypeModel>.Empty, Groups = EquatableArray<OperationGroupModel>.Empty, RequestTypes = EquatableArray<string>.Empty };
        var units = ImmutableArray.CreateBuilder<EmitUnit>(client.Types.Count + client.Groups.Count + 1);
        foreach (var type in client.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var neighbours = validated.Contains(type.Name) ? Neighbours(type, types) : new List<TypeModel>();
            var names = neighbours.SelectMany(CaseNames).Concat(neighbours.Select(n => n.Name)).Append(type.Name);
            units.Add(new TypeEmitUnit(header, type, neighbours.ToEquatableArray(), names.Where(validated.Contains).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray()));
        }

        units.Add(new ClientEmitUnit(client with { Types = EquatableArray<TypeModel>.Empty }));
        var groupHeader = header with { RequestTypes = client.RequestTypes };
        foreach (var group in client.Groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bodyTypes = group.Operations
                .Select(operation => operation.Body?.Type)
                .Where(type => type is { Kind: TypeKind.Named })
                .Select(type => type!.Name!)
                .Distinct()
                .Where(types.ContainsKey)
                .Select(name => types[name]);
            units.Add(new GroupEmitUnit(groupHeader, group, bodyTypes.ToEquatableArray()));
        }

        return units.MoveToImmutable();
    }

    private static List<TypeModel> Neighbours(TypeModel type, IReadOnlyDictionary<string, TypeModel> types)
    {
        var names = new List<string>();
        if (type is RecordModel record)
        {
            if (record.BaseType is not null)
            {
                names.Add(record.BaseType);
            }

            foreach (var property in record.AllProperties)
            {
                for (var reference = property.Type; reference is not null; reference = reference.Element)
                {
                    if (reference.Name is not null)
                    {
                        names.Add(reference.Name);
                    }
                }
            }
        }

        return names.Distinct().Where(types.ContainsKey).Select(name => types[name]).ToList();
    }

    private static IEnumerable<string> CaseNames(TypeModel type) =>
        type is UnionModel union ? union.Cases.Where(c => c.Type.Name is not null).Select(c => c.Type.Name!) : Enumerable.Empty<string>();
}
