using System;

// Two specs whose files are both named openapi.yaml, in folders a/ and b/: each gets its own namespace and client.
Console.WriteLine(Consumer.A.Openapi.OpenapiClient.ServerUrl);
Console.WriteLine(Consumer.B.Openapi.OpenapiClient.ServerUrl);
Console.WriteLine(typeof(Consumer.A.Openapi.Thing).FullName + " " + typeof(Consumer.B.Openapi.Thing).FullName);
