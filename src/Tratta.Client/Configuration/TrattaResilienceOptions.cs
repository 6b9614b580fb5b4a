using System;
using System.Collections.Generic;

namespace Tratta.Client;

/// <summary>
/// How the resilience handler retries and times out. GET, PUT and DELETE are retried on 408, 429, 5xx and transient
/// network errors; a POST only when its connection failed before any byte was sent, because the API has no
/// idempotency key and a repeated charge takes a person's money twice.
/// </summary>
public sealed class TrattaResilienceOptions
{
    /// <summary>
    /// Whether PUT is retried like GET and DELETE. Default true. One Tratta PUT is not idempotent: updating a customer
    /// with an <c>address</c> that has no <c>id</c> adds an address, so a PUT retried after its first answer was lost
    /// could add it twice. Set false where that matters more than riding out a transient failure.
    /// </summary>
    public bool RetryPut { get; set; } = true;

    /// <summary>Retries after the first attempt (0 to 10). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles with each retry, with jitter. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for before a retry; a server asking for longer gets no retry
    /// and the caller a rate-limit or server exception with <c>RetryAfter</c>. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether backoff delays are randomized so that many clients do not retry in step. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>The time one attempt may take. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time a call may take with all its attempts and delays. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The options, one per line, as configuration keys.</summary>
    public override string ToString() =>
        $"{{ RetryPut = {RetryPut}, MaxRetryAttempts = {MaxRetryAttempts}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, MaxRetryAfter = {MaxRetryAfter}, UseJitter = {UseJitter}, AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout} }}";

    internal IEnumerable<string> Validate(string section)
    {
        if (MaxRetryAttempts is < 0 or > 10)
        {
            yield return $"{section}:MaxRetryAttempts must be between 0 and 10.";
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            yield return $"{section}:BaseDelay must not be negative, and MaxDelay not shorter than BaseDelay.";
        }

        if (BaseDelay > TimeSpan.FromDays(1) || MaxDelay > TimeSpan.FromDays(1))
        {
            yield return $"{section}:BaseDelay and MaxDelay must not be longer than a day.";
        }

        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || TotalTimeout > TimeSpan.FromDays(1) || TotalTimeout < AttemptTimeout)
        {
            yield return $"{section}:AttemptTimeout must be at least 10 ms, TotalTimeout at most a day, and TotalTimeout not shorter than AttemptTimeout.";
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            yield return $"{section}:MaxRetryAfter must not be negative.";
        }
    }
}
