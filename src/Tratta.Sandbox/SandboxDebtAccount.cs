using System;

namespace Tratta.Sandbox;

/// <summary>
/// A debt account the sandbox knows, as seeded through <see cref="SandboxOptions.DebtAccounts"/> and as read back
/// from <see cref="SandboxServer.GetDebtAccount"/>. The Tratta API has no endpoint for debt accounts: they come from the
/// organization's own system, so the sandbox is told about them up front.
/// </summary>
/// <param name="ExternalId">The id sent as <c>debt_account_external_id</c> with a charge.</param>
/// <param name="Status">The account status; only <c>active</c> accounts can be charged.</param>
/// <param name="CurrentBalance">What is owed; an immediate charge reduces it, a charge must stay below it.</param>
public sealed record SandboxDebtAccount(string ExternalId, string Status, decimal CurrentBalance)
{
    /// <summary>The status of a debt account that can be charged.</summary>
    public const string ActiveStatus = "active";

    /// <summary>Whether charges against this account are accepted (status <c>active</c>, any letter case).</summary>
    public bool IsActive => string.Equals(Status, ActiveStatus, StringComparison.OrdinalIgnoreCase);
}
