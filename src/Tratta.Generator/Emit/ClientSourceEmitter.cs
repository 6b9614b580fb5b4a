using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>Stage 3: <see cref="ClientModel"/> → every generated file, in a stable order.</summary>
internal static class ClientSourceEmitter
{
    public static IEnumerable<GeneratedFile> Emit(ClientModel client)
    {
        var types = client.Types.ToDictionary(t => t.Name);
        var validated = new HashSet<string>(client.RequestTypes);
        var validators = new ValidatorEmitter(client, types, validated);
        foreach (var type in client.Types)
        {
            yield return type switch
            {
                RecordModel record => RecordEmitter.Emit(client, record),
                EnumModel enumeration => EnumEmitter.Emit(client, enumeration),
                UnionModel union => UnionEmitter.Emit(client, union),
                _ => throw new System.InvalidOperationException("Unknown type model " + type.GetType().Name),
            };
            yield return JsonConverterEmitter.Emit(client, type);
            if (type is RecordModel request && validated.Contains(request.Name))
            {
                yield return validators.Emit(request);
            }
        }

        yield return ClientConstructionEmitter.Emit(client);
        yield return OptionsEmitter.Emit(client);
        yield return ServiceCollectionEmitter.Emit(client);

        foreach (var group in client.Groups)
        {
            foreach (var file in OperationGroupEmitter.Emit(client, group, types))
            {
                yield return file;
            }
        }
    }
}
