using System;
using System.Net;
using Polly.Timeout;
using Tratta.Runtime;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// What docs/runtime.md and the README promise for a fault: the exception type (none: the call succeeds), the status
/// it carries, the inner exception that says why when that matters (a timeout), and whether the fault is one the
/// payment-safe retry repeats for an idempotent call (408, 429, 5xx, a network error, a timed-out attempt). A POST is
/// never repeated once it may have reached the server, whatever the fault.
/// </summary>
internal sealed record FaultExpectation(Type? Exception, HttpStatusCode? Status, Type? Inner, bool RetriedWhenIdempotent, bool ShortTimeouts)
{
    public static FaultExpectation For(Fault fault) => fault switch
    {
        // "no usable answer: connection failed, timed out, … body not the spec's JSON"; the request may have arrived.
        Fault.ResetBeforeResponse => new(typeof(ApiTransportException), null, null, RetriedWhenIdempotent: true, ShortTimeouts: false),
        Fault.BodyCutMidJson => new(typeof(ApiTransportException), null, null, RetriedWhenIdempotent: true, ShortTimeouts: false),
        Fault.MalformedJson => new(typeof(ApiTransportException), HttpStatusCode.OK, null, RetriedWhenIdempotent: false, ShortTimeouts: false),
        Fault.WrongTypes => new(typeof(ApiTransportException), HttpStatusCode.OK, null, RetriedWhenIdempotent: false, ShortTimeouts: false),
        Fault.EmptyBody => new(typeof(ApiTransportException), HttpStatusCode.OK, null, RetriedWhenIdempotent: false, ShortTimeouts: false),

        // "per-attempt and total timeouts (which cover reading the body too)".
        Fault.HeadersNeverCome => new(typeof(ApiTransportException), null, typeof(TimeoutRejectedException), RetriedWhenIdempotent: true, ShortTimeouts: true),
        Fault.TrickledBody => new(typeof(ApiTransportException), null, typeof(TimeoutRejectedException), RetriedWhenIdempotent: true, ShortTimeouts: true),

        // "5xx → ApiServerException", "429 → ApiRateLimitException (a GET, PUT or DELETE after the retries; a POST at once)".
        Fault.HtmlBadGateway => new(typeof(ApiServerException), HttpStatusCode.BadGateway, null, RetriedWhenIdempotent: true, ShortTimeouts: false),
        Fault.ServiceUnavailable => new(typeof(ApiServerException), HttpStatusCode.ServiceUnavailable, null, RetriedWhenIdempotent: true, ShortTimeouts: false),
        Fault.RateLimited => new(typeof(ApiRateLimitException), HttpStatusCode.TooManyRequests, null, RetriedWhenIdempotent: true, ShortTimeouts: false),

        // The runtime sets no size limit (the docs name none): a valid 50 MB answer is read, once, and returned.
        Fault.FiftyMegabyteBody => new(null, null, null, RetriedWhenIdempotent: false, ShortTimeouts: false),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    /// <summary>How many requests the server must see: every attempt of an idempotent call the fault makes retry, else one.</summary>
    public int Attempts(Call call, int maxRetryAttempts) => RetriedWhenIdempotent && Calls.IsIdempotent(call) ? 1 + maxRetryAttempts : 1;
}
