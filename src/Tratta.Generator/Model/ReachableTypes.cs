using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Model.Operations;

namespace Tratta.Generator.Model;

/// <summary>
/// The types the client's operations can send or receive, and every type those reach (properties, items, bases,
/// derived records, union cases). Real documents declare many schemas no operation uses (PayPal's Orders API: 1,093
/// for 8 operations); writing them all multiplies the code the compiler must build on every spec edit.
/// </summary>
internal static class ReachableTypes
{
    public static List<TypeModel> Of(IReadOnlyList<TypeModel> types, IEnumerable<OperationGroupModel> groups)
    {
        var byName = types.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
        var reached = new HashSet<string>();
        var pending = new Stack<string>();
        void Reach(string? name)
        {
            if (name is not null && reached.Add(name))
            {
                pending.Push(name);
            }
        }

        void Visit(TypeRef? type)
        {
            for (; type is not null; type = type.Element)
            {
                Reach(type.Name);
            }
        }

        foreach (var operation in groups.SelectMany(group => group.Operations))
        {
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Type);
            }

            Visit(operation.Body?.Type);
            Visit(operation.Response.Type);
            Visit(operation.Response.PageItem);
            foreach (var variant in operation.Response.Variants?.Cases ?? EquatableArray<ResponseVariantModel>.Empty)
            {
                Visit(variant.Type);
            }

            foreach (var error in operation.Errors)
            {
                Visit(error.Type);
            }
        }

        while (pending.Count > 0)
        {
            if (!byName.TryGetValue(pending.Pop(), out var type))
            {
                continue;
            }

            switch (type)
            {
                case RecordModel record:
                    foreach (var property in record.AllProperties)
                    {
                        Visit(property.Type);
                    }

                    Visit(record.AdditionalProperties);
                    Reach(record.BaseType);
                    foreach (var derived in record.Derived?.Cases ?? EquatableArray<UnionCaseModel>.Empty)
                    {
                        Visit(derived.Type);
                    }

                    break;
                case UnionModel union:
                    foreach (var unionCase in union.Cases)
                    {
                        Visit(unionCase.Type);
                    }

                    break;
            }
        }

        return types.Where(type => reached.Contains(type.Name)).ToList();
    }
}
