namespace Tratta.Sandbox.State;

/// <summary>A stored customer and its addresses. Only touched inside <see cref="SandboxState.Transact{T}"/>.</summary>
internal sealed class CustomerEntry(Customer customer)
{
    public Customer Customer { get; set; } = customer;

    public AddressBook Addresses { get; } = new();

    public CustomerView ToView() => new(Customer, Addresses.Snapshot());
}
