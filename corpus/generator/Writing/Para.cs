using System.Text;
using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Writing;

/// <summary>
/// A paragraph under construction: plain text plus marks where printed numbers sit. Marks let the document
/// take each fact's, claim's and fault's quote from the finished text instead of guessing it afterwards.
/// </summary>
sealed class Para
{
    readonly StringBuilder _text = new();
    readonly List<NumberMark> _numbers = [];
    readonly List<SumMark> _sums = [];
    readonly List<TrapMark> _traps = [];

    public string Text => _text.ToString();
    public int Length => _text.Length;
    internal IReadOnlyList<NumberMark> Numbers => _numbers;
    internal IReadOnlyList<SumMark> Sums => _sums;
    internal IReadOnlyList<TrapMark> Traps => _traps;

    public Para T(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends a printed number with its unit; with a concept it becomes a fact of the truth file.</summary>
    public Para N(Printed number, string? concept = null, string aspect = "")
    {
        var start = _text.Length;
        _text.Append(number.WithUnit);
        _numbers.Add(new NumberMark(start, _text.Length, number, concept, aspect));
        return this;
    }

    /// <summary>Declares that the numbers already appended state a total and its parts.</summary>
    public Para Sum(Printed total, IReadOnlyList<Printed> parts, bool complete)
    {
        _sums.Add(new SumMark(total, parts, complete));
        return this;
    }

    /// <summary>Appends text that is a known trap for a checker and records where it is.</summary>
    public Para Trap(string type, string text)
    {
        _traps.Add(new TrapMark(type, _text.Length, text));
        _text.Append(text);
        return this;
    }

    /// <summary>Appends another paragraph's text and marks (for run-in headings and joined bodies).</summary>
    public Para Append(Para other)
    {
        var shift = _text.Length;
        _text.Append(other._text);
        _numbers.AddRange(other._numbers.Select(m => m with { Start = m.Start + shift, End = m.End + shift }));
        _sums.AddRange(other._sums);
        _traps.AddRange(other._traps.Select(t => t with { Start = t.Start + shift }));
        return this;
    }

    public static Para Of(string text) => new Para().T(text);
}

sealed record NumberMark(int Start, int End, Printed Number, string? Concept, string Aspect);

sealed record SumMark(Printed Total, IReadOnlyList<Printed> Parts, bool Complete);

sealed record TrapMark(string Type, int Start, string Text);
