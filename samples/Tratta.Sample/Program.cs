using System;
using Tratta.Client;
using Tratta.Sample;

// Runs a whole payment flow with the generated Tratta client, against a sandbox started in this process, or the
// API named by TRATTA_BASE_URL and TRATTA_API_KEY. Exits 0 when every step did what the API documents.
var transcript = new Transcript();
transcript.Title("Tratta.Gen sample: a payment flow with the generated client");
try
{
    await using var connection = await Connection.OpenAsync();
    transcript.Note(connection.IsSandbox
        ? $"Sandbox started in this process at {connection.BaseUrl}"
        : $"Using {connection.BaseUrl} (TRATTA_BASE_URL)");
    transcript.Note("");

    var tratta = TrattaClient.Create(new TrattaClientOptions { BaseUrl = connection.BaseUrl, ApiKey = connection.ApiKey });
    await new PaymentFlow(tratta, connection, transcript).RunAsync();

    transcript.Note("");
    transcript.Note($"Done: {transcript.Steps} steps, every one as documented.");
    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"FAILED after step {transcript.Steps}: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
