using System.Buffers;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Working arrays for one cut call, rented from the shared pool and grown to the longest block met, so a call
/// allocates nothing per block and the segmenter itself stays free of mutable state.
/// </summary>
internal sealed class CutScratch : IDisposable
{
    private double[] _score = [];
    private int[] _next = [];
    private byte[] _states = [];
    private byte[] _back = [];
    private int[] _ends = [];
    private int[] _pieces = [];

    public Span<double> Score(int length) => Grow(ref _score, length).AsSpan(0, length);

    public Span<int> Next(int length) => Grow(ref _next, length).AsSpan(0, length);

    public Span<byte> States(int length) => Grow(ref _states, length).AsSpan(0, length);

    public Span<byte> Backpointers(int length) => Grow(ref _back, length).AsSpan(0, length);

    public Span<int> Ends(int length) => Grow(ref _ends, length).AsSpan(0, length);

    /// <summary>The piece buffer, grown to hold at least <paramref name="length"/> entries while keeping its contents.</summary>
    public int[] Pieces(int length)
    {
        if (_pieces.Length < length)
        {
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(length, 16));
            _pieces.CopyTo(larger, 0);
            Return(_pieces);
            _pieces = larger;
        }
        return _pieces;
    }

    private static T[] Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Return(array);
            array = ArrayPool<T>.Shared.Rent(Math.Max(length, 64));
        }
        return array;
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0)
            ArrayPool<T>.Shared.Return(array);
    }

    public void Dispose()
    {
        Return(_score);
        Return(_next);
        Return(_states);
        Return(_back);
        Return(_ends);
        Return(_pieces);
        _score = [];
        _next = [];
        _states = [];
        _back = [];
        _ends = [];
        _pieces = [];
    }
}
