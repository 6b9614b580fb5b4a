using System.Collections.Generic;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.State;

/// <summary>
/// The addresses of one customer, and the docs' rule that a customer has one primary address at any given time:
/// the first address becomes primary, making one primary unsets the others, and when the primary goes away (deleted,
/// or updated with is_primary false) the oldest remaining address takes its place. So a customer with addresses
/// always has exactly one primary.
/// </summary>
internal sealed class AddressBook
{
    // In creation order: "the oldest remaining address" is the first one here.
    private readonly List<Address> _addresses = [];

    public IReadOnlyList<Address> Snapshot() => _addresses.ToArray();

    public Address? Find(string id) => _addresses.Find(address => address.Id == id);

    public Address Add(AddressInput input)
    {
        var makePrimary = input.IsPrimary == true || _addresses.Count == 0;
        var address = new Address(
            Identifiers.NewId(), input.Name, input.Line1, input.Line2, input.City, input.PostalCode, input.State,
            input.Country, IsPrimary: false);
        _addresses.Add(address);
        if (makePrimary)
        {
            MakePrimary(address.Id);
        }

        return Find(address.Id)!;
    }

    /// <summary>Changes the fields <paramref name="input"/> carries; the others keep their values.</summary>
    public Address? Update(string id, AddressInput input)
    {
        var index = _addresses.FindIndex(address => address.Id == id);
        if (index < 0)
        {
            return null;
        }

        var current = _addresses[index];
        _addresses[index] = current with
        {
            Name = input.Name ?? current.Name,
            Line1 = input.Line1 ?? current.Line1,
            Line2 = input.Line2 ?? current.Line2,
            City = input.City ?? current.City,
            PostalCode = input.PostalCode ?? current.PostalCode,
            State = input.State ?? current.State,
            Country = input.Country ?? current.Country,
        };

        if (input.IsPrimary == true)
        {
            MakePrimary(id);
        }
        else if (input.IsPrimary == false && current.IsPrimary)
        {
            // Giving up the primary role hands it to the oldest other address; the only address stays primary.
            var successor = _addresses.Find(address => address.Id != id);
            if (successor is not null)
            {
                MakePrimary(successor.Id);
            }
        }

        return Find(id);
    }

    public bool Remove(string id)
    {
        var removed = Find(id);
        if (removed is null)
        {
            return false;
        }

        _addresses.Remove(removed);
        if (removed.IsPrimary && _addresses.Count > 0)
        {
            MakePrimary(_addresses[0].Id);
        }

        return true;
    }

    private void MakePrimary(string id)
    {
        for (var i = 0; i < _addresses.Count; i++)
        {
            var shouldBePrimary = _addresses[i].Id == id;
            if (_addresses[i].IsPrimary != shouldBePrimary)
            {
                _addresses[i] = _addresses[i] with { IsPrimary = shouldBePrimary };
            }
        }
    }
}
