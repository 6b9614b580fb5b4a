using System;

// Two specs whose files are both named openapi.yaml, in folders a/ and b/: each gets its own namespace and client (named after the folders too, so their options bind different sections).
Console.WriteLine(Consumer.A.Openapi.AOpenapiClient.ServerUrl);
Console.WriteLine(Consumer.B.Openapi.BOpenapiClient.ServerUrl);
Console.WriteLine(typeof(Consumer.A.Openapi.Thing).FullName + " " + typeof(Consumer.B.Openapi.Thing).FullName);
