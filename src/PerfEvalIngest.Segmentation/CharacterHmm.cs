using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's character-position HMM (its "finalseg" model): each Han character is tagged Begin, Middle, End or Single
/// of a word, and the most probable tag sequence cuts runs of characters the dictionary does not know.
/// </summary>
internal sealed class CharacterHmm
{
    private const string Magic = "JBHMMBEM";
    private const int Version = 1;

    /// <summary>jieba's stand-in for log(0); sums of it lose the smaller terms exactly as in the reference.</summary>
    public const double MinLogProbability = -3.14e100;

    // States are numbered in alphabetical order of their letters (B, E, M, S) because jieba breaks ties between
    // equally probable paths by the larger letter, which then is simply the larger number.
    public const int Begin = 0;
    public const int End = 1;
    public const int Middle = 2;
    public const int Single = 3;
    public const int StateCount = 4;

    /// <summary>Emission probabilities exist only for this range: the only characters the HMM ever sees.</summary>
    public const char FirstHan = '\u4E00';
    public const char LastHan = '\u9FD5';

    private readonly double[] _start;
    private readonly double[] _transition;
    private readonly double[] _emission;

    private CharacterHmm(double[] start, double[] transition, double[] emission)
    {
        _start = start;
        _transition = transition;
        _emission = emission;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CharacterHmm Load(string path)
    {
        using var file = BinaryDataFile.Open(path, Magic, Version);
        var start = file.ReadArray<double>(StateCount);
        var transition = file.ReadArray<double>(StateCount * StateCount);
        var emission = new double[(LastHan - FirstHan + 1) * StateCount];
        Array.Fill(emission, MinLogProbability);
        for (var state = 0; state < StateCount; state++)
        {
            var count = file.ReadInt32();
            var chars = file.ReadArray<char>(count);
            file.AlignTo(8);
            var probabilities = file.ReadArray<double>(count);
            for (var i = 0; i < count; i++)
            {
                if (chars[i] is >= FirstHan and <= LastHan)
                    emission[(chars[i] - FirstHan) * StateCount + state] = probabilities[i];
            }
        }
        return new CharacterHmm(start, transition, emission);
    }

    /// <summary>
    /// Tags every character of a run of Han characters (all within <see cref="FirstHan"/>..<see cref="LastHan"/>)
    /// with its most probable state, writing the states into <paramref name="states"/>; <paramref name="back"/>
    /// is working space of at least four bytes per character.
    /// </summary>
    public void Decode(ReadOnlySpan<char> run, Span<byte> states, Span<byte> back)
    {
        Span<double> previous = stackalloc double[StateCount];
        Span<double> current = stackalloc double[StateCount];
        var emission = Emission(run[0]);
        for (var s = 0; s < StateCount; s++)
            previous[s] = _start[s] + emission[s];

        for (var t = 1; t < run.Length; t++)
        {
            emission = Emission(run[t]);
            var row = back.Slice(t * StateCount, StateCount);
            // Each state can only follow two others: B after E or S, E after B or M, M after B or M, S after E or S.
            current[Begin] = Best(previous, End, Single, Begin, emission[Begin], out row[Begin]);
            current[End] = Best(previous, Begin, Middle, End, emission[End], out row[End]);
            current[Middle] = Best(previous, Begin, Middle, Middle, emission[Middle], out row[Middle]);
            current[Single] = Best(previous, End, Single, Single, emission[Single], out row[Single]);
            current.CopyTo(previous);
        }

        // A word cannot stop half-way, so the last character is an End or a Single; a tie goes to Single.
        var state = previous[Single] >= previous[End] ? Single : End;
        for (var t = run.Length - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            if (t > 0)
                state = back[t * StateCount + state];
        }
    }

    /// <summary>The better of two predecessor states; <paramref name="higher"/> has the larger number and wins ties.</summary>
    private double Best(ReadOnlySpan<double> previous, int lower, int higher, int to, double emission, out byte from)
    {
        // The sum is formed left to right, as in the reference, so that rounding and ties come out the same.
        var viaLower = previous[lower] + _transition[lower * StateCount + to] + emission;
        var viaHigher = previous[higher] + _transition[higher * StateCount + to] + emission;
        if (viaHigher >= viaLower)
        {
            from = (byte)higher;
            return viaHigher;
        }
        from = (byte)lower;
        return viaLower;
    }

    private ReadOnlySpan<double> Emission(char c) => _emission.AsSpan((c - FirstHan) * StateCount, StateCount);
}
