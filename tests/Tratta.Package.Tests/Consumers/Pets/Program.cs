using System;
using Consumer.Pets;
using Tratta.Runtime;

// A consumer of the Tratta.Generator package: the client generated from specs/pets.yaml, against the loopback server
// whose base URL is the first argument. One call succeeds, one the server refuses, one the client refuses unsent.
var client = PetsClient.Create(new PetsClientOptions { BaseUrl = new Uri(args[0]), ApiKey = "key-123" });

var pet = await client.Pets.GetAsync("7");
Console.WriteLine($"pet {pet.Id} {pet.Name} {pet.Tag}");

try
{
    await client.Pets.GetAsync("404");
}
catch (ApiNotFoundException notFound)
{
    Console.WriteLine($"not found {(int)notFound.StatusCode!.Value}: {notFound.ServerMessage}");
}

try
{
    await client.Pets.CreateAsync(new NewPet { Name = "a name longer than twenty characters" });
}
catch (ApiValidationException invalid) when (invalid.StatusCode is null)
{
    Console.WriteLine($"not sent: {string.Join(", ", invalid.Errors.Keys)}");
}
