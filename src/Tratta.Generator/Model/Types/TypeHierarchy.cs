using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Settles what can only be known once every type is built: the base of each case of a union whose cases are
/// subclasses, and, for a schema with a discriminator that others extend, the records that derive from it (with the
/// values that select each) and the properties they inherit.
/// </summary>
internal sealed class TypeHierarchy
{
    private readonly List<TypeModel> _types;
    private readonly Dictionary<string, string> _components;
    private readonly SchemaResolver _resolver;

    /// <param name="types">The built types.</param>
    /// <param name="components">The component each named type was built from.</param>
    /// <param name="resolver">Resolves discriminator mappings.</param>
    public TypeHierarchy(List<TypeModel> types, Dictionary<string, string> components, SchemaResolver resolver)
    {
        _types = types;
        _components = components;
        _resolver = resolver;
    }

    public IReadOnlyList<TypeModel> Settle()
    {
        var byName = _types.ToDictionary(t => t.Name);
        foreach (var union in _types.OfType<UnionModel>().Where(u => u.IsHierarchy))
        {
            foreach (var unionCase in union.Cases)
            {
                var record = (RecordModel)byName[unionCase.Type.Name!] with { BaseType = union.Name };
                byName[unionCase.Type.Name!] = WithTag(record, union, unionCase);
            }
        }

        var records = byName.Values.OfType<RecordModel>().ToList();
        foreach (var baseRecord in records.Where(r => records.Any(d => d.BaseType == r.Name)))
        {
            var current = (RecordModel)byName[baseRecord.Name];
            var baseSchema = _components.TryGetValue(current.Name, out var component) ? _resolver.ComponentByNameOrReference(component)?.Value : null;
            if (baseSchema?.Discriminator is not { } discriminator)
            {
                continue;
            }

            var cases = new List<UnionCaseModel>();
            foreach (var derived in records.Where(d => d.BaseType == baseRecord.Name))
            {
                var derivedComponent = _components.TryGetValue(derived.Name, out var name) ? name : derived.Name;
                var tags = discriminator.Mapping.Where(m => _resolver.ComponentByNameOrReference(m.Target)?.Name == derivedComponent).Select(m => m.Value).ToList();
                if (tags.Count == 0)
                {
                    tags.Add(derived.Properties.FirstOrDefault(p => p.WireName == discriminator.PropertyName)?.Constant?.Text ?? derivedComponent);
                }

                cases.Add(new UnionCaseModel(new TypeRef(TypeKind.Named, derived.Name), derived.Name, tags.ToEquatableArray(), JsonKinds.Object, EquatableArray<string>.Empty, EquatableArray<string>.Empty));
                byName[derived.Name] = ((RecordModel)byName[derived.Name]) with { InheritedProperties = current.AllProperties.ToEquatableArray() };
            }

            byName[current.Name] = current with { Derived = new DerivedTypesModel(discriminator.PropertyName, cases.ToEquatableArray()) };
        }

        return _types.Select(t => byName[t.Name]).ToList();
    }

    /// <summary>
    /// A case that one discriminator value selects starts with that value (<c>new Dog()</c> has <c>petType</c>
    /// "dog"): the caller need not set, and cannot get wrong, what its type already says.
    /// </summary>
    private static RecordModel WithTag(RecordModel record, UnionModel union, UnionCaseModel unionCase)
    {
        if (union.DiscriminatorProperty is not { } tag || unionCase.TagValues.Count != 1)
        {
            return record;
        }

        return record with
        {
            Properties = record.Properties
                .Select(p => p.WireName == tag && p.Type.Kind == TypeKind.String && p.Constant is null
                    ? p with { Constant = new ConstantModel(unionCase.TagValues[0], IsString: true), IsRequired = false, IsNullable = false }
                    : p)
                .ToEquatableArray(),
        };
    }
}
