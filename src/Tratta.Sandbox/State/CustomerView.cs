using System.Collections.Generic;

namespace Tratta.Sandbox.State;

/// <summary>A customer with a snapshot of its addresses: everything a customer response shows.</summary>
internal sealed record CustomerView(Customer Customer, IReadOnlyList<Address> Addresses);
