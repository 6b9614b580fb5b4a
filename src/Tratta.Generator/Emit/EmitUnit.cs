using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// One piece of stage 3 as plain, equatable data: a type, an operation group, or the client's own files, with only
/// the parts of the model that piece's code depends on. The generator emits each unit as a pipeline item of its own,
/// so an edit to one schema re-emits the files of that schema (and of the units that read it), not the whole client.
/// </summary>
internal abstract record EmitUnit(ClientModel Client)
{
    public abstract IEnumerable<GeneratedFile> Emit();
}

/// <summary>A record, enum or union: its type, its JSON converter and, for a request record, its validator.</summary>
/// <param name="Client">The client without types or groups (namespace, names, dialect).</param>
/// <param name="Type">The type to write.</param>
/// <param name="Neighbours">The types the validator looks into: the base record and the types of the properties.</param>
/// <param name="Validated">Of this type and its neighbours (and their union cases), the records that have a validator.</param>
internal sealed record TypeEmitUnit(ClientModel Client, TypeModel Type, EquatableArray<TypeModel> Neighbours, EquatableArray<string> Validated) : EmitUnit(Client)
{
    public override IEnumerable<GeneratedFile> Emit()
    {
        yield return Type switch
        {
            RecordModel record => RecordEmitter.Emit(Client, record),
            EnumModel enumeration => EnumEmitter.Emit(Client, enumeration),
            UnionModel union => UnionEmitter.Emit(Client, union),
            _ => throw new System.InvalidOperationException("Unknown type model " + Type.GetType().Name),
        };
        yield return JsonConverterEmitter.Emit(Client, Type);
        if (Type is RecordModel request && Validated.Contains(request.Name))
        {
            var types = Neighbours.Append(Type).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
            yield return new ValidatorEmitter(Client, types, new HashSet<string>(Validated)).Emit(request);
        }
    }
}

/// <summary>An operation group: its interface, its class and the result classes of its operations.</summary>
/// <param name="Client">The client without types or groups, with the request types (which operations validate).</param>
/// <param name="Group">The group to write.</param>
/// <param name="BodyTypes">The records the operations send as multipart bodies, whose properties become the parts.</param>
internal sealed record GroupEmitUnit(ClientModel Client, OperationGroupModel Group, EquatableArray<TypeModel> BodyTypes) : EmitUnit(Client)
{
    public override IEnumerable<GeneratedFile> Emit() =>
        OperationGroupEmitter.Emit(Client, Group, BodyTypes.ToDictionary(t => t.Name));
}

/// <summary>What belongs to the client as a whole: construction, options and DI registration.</summary>
/// <param name="Client">The client without types, with its groups (their properties, and operation servers).</param>
internal sealed record ClientEmitUnit(ClientModel Client) : EmitUnit(Client)
{
    public override IEnumerable<GeneratedFile> Emit()
    {
        yield return ClientConstructionEmitter.Emit(Client);
        yield return OptionsEmitter.Emit(Client);
        yield return ServiceCollectionEmitter.Emit(Client);
    }
}
