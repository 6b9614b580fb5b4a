using System;
using Consumer.Pets;

// After the spec gained DELETE /pets/{petId}: the rebuilt client has DeleteAsync.
var client = PetsClient.Create(new PetsClientOptions { BaseUrl = new Uri(args[0]), ApiKey = "key-123" });
await client.Pets.DeleteAsync("7");
Console.WriteLine("deleted 7");
