using System;
using System.Threading;

namespace Tratta.Sandbox.State;

/// <summary>
/// The sandbox's in-memory state behind one lock. Every request does its whole work — lookups, the checks that need
/// stored data (exists, unique, balance), and the change — in one <see cref="Transact{T}"/>, so two concurrent charges
/// cannot both pass the balance check, and no response is built from a half-applied change.
/// </summary>
internal sealed class SandboxState(SandboxStore store, SandboxClock clock, decimal minimumPaymentAmount)
{
    private readonly Lock _sync = new();

    public SandboxClock Clock { get; } = clock;

    /// <summary>The organization's min_payment_amount: a charge must be greater.</summary>
    public decimal MinimumPaymentAmount { get; } = minimumPaymentAmount;

    public T Transact<T>(Func<SandboxStore, T> operation)
    {
        lock (_sync)
        {
            return operation(store);
        }
    }
}
