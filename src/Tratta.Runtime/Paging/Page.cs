using System;
using System.Collections;
using System.Collections.Generic;

namespace Tratta.Runtime;

/// <summary>
/// One page of a list: its items (the page is a list of them) and, when the server paginates, where it stands in
/// the whole list. The <c>…AutoPagingAsync</c> methods of a generated client walk every page for you.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Page<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;

    internal Page(IReadOnlyList<T> items, string? nextPage, int? currentPage, int? lastPage, int? perPage, long? total, Uri? source = null)
    {
        _items = items;
        NextPage = nextPage;
        CurrentPage = currentPage;
        LastPage = lastPage;
        PerPage = perPage;
        Total = total;
        Source = source;
    }

    /// <summary>The link to the next page, when there is one.</summary>
    public string? NextPage { get; }

    /// <summary>Whether the server says there is a next page.</summary>
    public bool HasMore => NextPage is not null;

    /// <summary>The number of this page (1 for the first), when the server says.</summary>
    public int? CurrentPage { get; }

    /// <summary>The number of the last page, when the server says.</summary>
    public int? LastPage { get; }

    /// <summary>The items a page holds at most, when the server says.</summary>
    public int? PerPage { get; }

    /// <summary>The items of the whole list, when the server says.</summary>
    public long? Total { get; }

    /// <summary>The number of items on this page.</summary>
    public int Count => _items.Count;

    /// <summary>The URL the page was read from, against which a relative next link resolves.</summary>
    internal Uri? Source { get; }

    /// <summary>An item of this page.</summary>
    /// <param name="index">The position on this page, from 0.</param>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same page, read from <paramref name="source"/>.</summary>
    internal Page<T> ReadFrom(Uri? source) => new(_items, NextPage, CurrentPage, LastPage, PerPage, Total, source);
}
