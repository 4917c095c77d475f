namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.unbalanced-bracket, editorial.unbalanced-quotes — "a bracket or quotation mark left open or closed
/// twice": 「平均得分99.33分（其中，绩效评级为“优”的项目39个…。」 never closes its （; 「开展“人民调解协议书检查”、优秀
/// 调解案例”活动」 closes a quotation it never opened.
/// </summary>
/// <remarks>Traps: a half-width ) closes a full-width （ (mixed widths are typography); 「1)」 and 「a)」 label items
/// open nothing only where nothing is open, so a paragraph that closes first and follows one left open is the same
/// sentence cut by a line or page break; table cells are not read.</remarks>
internal sealed class PairedMarksCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        var paragraphs = structure.Document.Paragraphs.Where(p => !structure.TableOfContents.Contains(p.Index)).ToList();
        foreach (var pair in Marks)
        {
            var marks = paragraphs.Select(p => Unpaired(p.Text, pair)).ToList();
            for (int i = 0; i < paragraphs.Count; i++)
            {
                var (leftOpen, closedFirst) = marks[i];
                // A line break may cut a bracket across paragraphs: 「…市场秩序科（粮食和物资」 | 「储备科）…」.
                if (leftOpen is not null && i + 1 < paragraphs.Count && marks[i + 1].ClosedFirst is not null) leftOpen = null;
                if (closedFirst is not null && i > 0 && marks[i - 1].LeftOpen is not null) closedFirst = null;
                if ((closedFirst ?? leftOpen) is int at)
                    yield return Make(pair.Rule, pair.Message, pair.English, paragraphs[i], at, structure);
            }
        }
    }

    /// <summary>A pair of marks and the finding an unpaired one makes.</summary>
    private sealed record MarkPair(string Open, string Close, string Rule, string Message, string English)
    {
        /// <summary>The opening and closing marks, searched for together.</summary>
        public System.Buffers.SearchValues<char> Either { get; } = System.Buffers.SearchValues.Create(Open + Close);
    }

    private static readonly MarkPair[] Marks =
    [
        new("（(", "）)", "editorial.unbalanced-bracket", "括号不配对", "an unpaired bracket"),
        new("“", "”", "editorial.unbalanced-quotes", "引号不配对", "an unpaired quotation mark"),
    ];

    /// <summary>The first closing mark without its partner, and the first opening mark left open. A full-width
    /// bracket may close with a half-width one (「（款)」): the width is typography, not pairing. The text is read
    /// from one mark to the next, and the marks still open are kept in order, the first left open at the bottom.</summary>
    private static (int? LeftOpen, int? ClosedFirst) Unpaired(string text, MarkPair pair)
    {
        var marks = pair.Either;
        List<int>? opened = null;
        int? closedFirst = null;
        for (int i = text.AsSpan().IndexOfAny(marks); i >= 0;)
        {
            if (pair.Open.Contains(text[i])) (opened ??= []).Add(i);
            else if (opened is not { Count: > 0 }) closedFirst ??= i;
            else opened.RemoveAt(opened.Count - 1);
            int next = text.AsSpan(i + 1).IndexOfAny(marks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return (opened is { Count: > 0 } ? opened[0] : null, closedFirst);
    }

    private static Finding Make(string rule, string message, string english, DocumentModel.Paragraph p, int at, Structure.StructuredDocument structure)
    {
        var (start, end) = Facts.Sentences.Around(p.Text, at);
        var sentence = p.Text[start..end].Trim();
        var around = p.Text[Math.Max(0, at - 8)..Math.Min(p.Text.Length, at + 8)];
        return new Finding(rule, Severity.Warning, $"{message}：「{around}」。/ {english}: \"{around}\".",
            sentence, null, around, structure.LocationOf(p) with { Page = p.PageAt(at) });
    }
}
