using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly.CircuitBreaker;
using Tratta.Runtime.Http;
using Xunit;

namespace Tratta.Runtime.Tests;

/// <summary>
/// Every failure is one exception of the hierarchy every generated client shares, with the server's own words where
/// it gave them: Laravel's <c>message</c>, an RFC 9457 problem's <c>detail</c>/<c>title</c>, or an <c>error</c> object.
/// </summary>
public sealed class ErrorMappingTests
{
    private static readonly ApiOperation Get = new("GET", "/things/{id}");

    [Theory]
    [InlineData("""{"message": "Laravel says no."}""", "Laravel says no.")]
    [InlineData("""{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No thing 7."}""", "No thing 7.")]
    [InlineData("""{"title": "Not Found", "status": 404}""", "Not Found")]
    [InlineData("""{"error": {"message": "OpenAI says no.", "type": "invalid_request_error"}}""", "OpenAI says no.")]
    [InlineData("""{"error": "invalid_grant", "error_description": "ignored"}""", "invalid_grant")]
    [InlineData("<html><body>Bad gateway</body></html>", null)]
    public async Task The_server_s_message_is_read_from_the_usual_error_shapes(string body, string? message)
    {
        var exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => Send(new RecordingHandler().Respond(HttpStatusCode.NotFound, body)));

        Assert.Equal(message, exception.ServerMessage);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("GET /things/{id}", exception.Operation);
    }

    [Fact]
    public async Task A_validation_problem_is_a_validation_exception_with_every_field_error()
    {
        const string Problem = """{"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "errors": {"name": ["The name is required."], "items[0].price": ["Must be positive."]}}""";

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => Send(new RecordingHandler().Respond(HttpStatusCode.BadRequest, Problem)));

        Assert.Equal(["name", "items[0].price"], exception.Errors.Keys);
        Assert.Equal("One or more validation errors occurred.", exception.Errors.Message);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }

    [Fact]
    public async Task A_400_without_field_errors_stays_a_plain_api_exception()
    {
        var exception = await Assert.ThrowsAsync<ApiException>(() => Send(new RecordingHandler().Respond(HttpStatusCode.BadRequest, """{"message": "Bad."}""")));

        Assert.IsNotType<ApiValidationException>(exception);
    }

    [Fact]
    public async Task An_error_body_is_read_into_the_type_the_spec_declares_for_its_status()
    {
        var operation = new ApiOperation("GET", "/things/{id}", errorReader: (status, body) => status == 404 ? $"typed {body.Length} bytes" : null);

        var exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => Send(new RecordingHandler().Respond(HttpStatusCode.NotFound, "{}"), operation));

        Assert.Equal("typed 2 bytes", exception.Error);
    }

    [Fact]
    public async Task An_open_circuit_is_a_transport_exception_that_says_nothing_was_sent()
    {
        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => Send(new RecordingHandler().Throw(new BrokenCircuitException("The circuit is now open."))));

        Assert.True(exception.RequestNotSent);
        Assert.Contains("was not sent", exception.Message);
    }

    [Fact]
    public async Task A_success_body_that_is_not_the_spec_s_json_is_a_transport_exception_with_the_status()
    {
        var connection = new ApiConnection(new HttpClient(new RecordingHandler().Respond(HttpStatusCode.OK, "not json")), baseAddress: new Uri("https://api.example.test/"));

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => connection.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, new Uri("things/7", UriKind.Relative)), Get, body => Json.JsonRead.Document(body, static (ref System.Text.Json.Utf8JsonReader reader) => Json.JsonRead.String(ref reader, "id")), CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.False(exception.RequestNotSent);
    }

    private static Task Send(RecordingHandler handler, ApiOperation? operation = null) =>
        new ApiConnection(new HttpClient(handler), baseAddress: new Uri("https://api.example.test/"))
            .SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("things/7", UriKind.Relative)), operation ?? Get, CancellationToken.None);
}
