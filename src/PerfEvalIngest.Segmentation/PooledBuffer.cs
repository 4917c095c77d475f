using System.Buffers;
using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// A growable buffer over pooled arrays that ends in one array of exactly the right size: the only allocation a cut
/// call keeps is its result, not the doubling steps of a list on the large-object heap.
/// </summary>
internal sealed class PooledBuffer<T>(int initialCapacity) : IDisposable
{
    private T[] _items = ArrayPool<T>.Shared.Rent(Math.Max(initialCapacity, 16));
    private int _count;

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _items.Length)
            Grow();
        _items[_count++] = item;
    }

    public T[] ToArray() => _items.AsSpan(0, _count).ToArray();

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(larger);
        Return(_items, _count);
        _items = larger;
    }

    public void Dispose()
    {
        Return(_items, _count);
        _items = [];
        _count = 0;
    }

    private static void Return(T[] items, int count)
    {
        if (items.Length == 0)
            return;
        // Cleared so the pool does not keep this call's strings alive.
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            items.AsSpan(0, count).Clear();
        ArrayPool<T>.Shared.Return(items);
    }
}
