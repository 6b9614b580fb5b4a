using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>Stage 2: <see cref="SpecDocument"/> → <see cref="ClientModel"/>. Problems become diagnostic values.</summary>
internal static class ModelBuilder
{
    public static ModelResult Build(SpecDocument document, GeneratorSettings settings)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var types = new TypeModelBuilder(document, diagnostics);
        var groups = new OperationModelBuilder(document, types, diagnostics).Build();
        var model = new ClientModel
        {
            Namespace = settings.Namespace,
            ClientName = settings.ClientName,
            HintPrefix = settings.HintPrefix,
            Title = document.Title,
            Description = document.Description,
            Types = types.Types().ToEquatableArray(),
            Groups = groups.ToEquatableArray(),
            ServerUrl = document.Servers.Count > 0 ? document.Servers[0].Url : null,
        };

        // Code is emitted only from a spec without errors: half a client would bury the real problem in C# errors.
        return new ModelResult(diagnostics.Count == 0 ? model : null, diagnostics.ToEquatableArray());
    }
}
