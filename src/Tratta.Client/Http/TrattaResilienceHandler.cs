using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Tratta.Generator.Runtime;

namespace Tratta.Client.Http;

/// <summary>
/// Retries and timeouts for the Tratta client, built on Polly: exponential backoff with jitter, <c>Retry-After</c>
/// honoured, bounded attempts, a timeout per attempt and one for the whole call, and payment-safe rules for what
/// may be repeated (see <see cref="TrattaResilienceOptions"/>). <c>AddTrattaClient</c> adds it; without DI, put it
/// in front of any handler: <c>new TrattaResilienceHandler(options) { InnerHandler = new SocketsHttpHandler() }</c>.
/// </summary>
public sealed class TrattaResilienceHandler : DelegatingHandler
{
    /// <summary>The request option holding the attempt number (1 for the first), for handlers further in.</summary>
    public static readonly HttpRequestOptionsKey<int> AttemptKey = new("Tratta.Attempt");

    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Tratta.Request");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">Retries and timeouts; validated here.</param>
    /// <param name="timeProvider">The clock of delays and timeouts; the system clock when null.</param>
    public TrattaResilienceHandler(TrattaResilienceOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = string.Join(" ", options.Validate("Resilience"));
        if (problems.Length > 0)
        {
            throw new ArgumentException(problems, nameof(options));
        }

        _pipeline = Build(options, timeProvider ?? TimeProvider.System);
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    var attempt = state.Request.Options.TryGetValue(AttemptKey, out var previous) ? previous + 1 : 1;
                    state.Request.Options.Set(AttemptKey, attempt);
                    try
                    {
                        var response = await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false);
                        state.Request.Options.Set(TransportFailures.MayHaveReachedServerKey, true);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception exception)
                    {
                        // Once one attempt may have reached the server, the call as a whole may have: a later attempt
                        // that cannot connect must not make the caller believe that nothing was sent.
                        if (!TransportFailures.WasNotSent(exception))
                        {
                            state.Request.Options.Set(TransportFailures.MayHaveReachedServerKey, true);
                        }

                        return Outcome.FromException<HttpResponseMessage>(exception);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);

            if (outcome.Exception is TimeoutRejectedException timeout)
            {
                throw new TimeoutException($"No answer within {timeout.Timeout.TotalSeconds:0.###} s.", timeout);
            }

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await ResponseBodies.ReadAsync(await base.SendAsync(request, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private static ResiliencePipeline<HttpResponseMessage> Build(TrattaResilienceOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Context.Properties.TryGetValue(RequestKey, out var request)
                    && RetryClassifier.ShouldRetry(request, arguments.Outcome, options, timeProvider.GetUtcNow())),
                DelayGenerator = arguments => ValueTask.FromResult(RetryClassifier.RetryAfter(arguments.Outcome, timeProvider.GetUtcNow())),

                // The response being retried is never returned. Polly disposes it as well; disposing here first does
                // not depend on that and releases its connection before the delay.
                OnRetry = arguments =>
                {
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }
}
