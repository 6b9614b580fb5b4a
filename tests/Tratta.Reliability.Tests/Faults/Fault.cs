namespace Tratta.Reliability.Tests.Faults;

/// <summary>What the fault server does to a request, once it has read all of it.</summary>
public enum Fault
{
    /// <summary>Resets the connection (RST) without a byte of answer.</summary>
    ResetBeforeResponse,

    /// <summary>200 with a Content-Length larger than what is sent: half the JSON, then the connection is aborted.</summary>
    BodyCutMidJson,

    /// <summary>502 with an HTML page, as a proxy in front of the API answers.</summary>
    HtmlBadGateway,

    /// <summary>200 with a body that is not JSON at all.</summary>
    MalformedJson,

    /// <summary>200 with JSON of the right shape whose values have the wrong types (a string where a number is).</summary>
    WrongTypes,

    /// <summary>200 with Content-Length 0.</summary>
    EmptyBody,

    /// <summary>200 with a valid answer padded to 50 MB.</summary>
    FiftyMegabyteBody,

    /// <summary>Reads the request and never answers: not even a status line.</summary>
    HeadersNeverCome,

    /// <summary>Sends the head at once, then the body one byte every 100 ms.</summary>
    TrickledBody,

    /// <summary>429 with Retry-After: 1 and X-RateLimit-* headers.</summary>
    RateLimited,

    /// <summary>503 with a JSON message.</summary>
    ServiceUnavailable,
}
