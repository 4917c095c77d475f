using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Finds the headings among a document's paragraphs, from numbering patterns (第一部分, 一、, （一）, 1. / 1、,
/// （1）, ①), attachment lines, style hints where a format has them, and short unnumbered sub-headings that
/// introduce a numbered list.
/// </summary>
/// <remarks>
/// Numbered items inside body text use the same labels as headings, so a label alone decides nothing. Level 0 and
/// 1 labels are judged one by one; deeper labels are judged as a run of siblings under one parent: the run is
/// headings when most of its members read like titles. That keeps "（2）本年度会议费支出无。" an item among the
/// sentences "（1）…0.55万元…" and "（3）…2.12万元…".
/// Word dumps lose automatic numbering, so "3、 部门履职成效" (digit, 、, space) right after "二、" is taken as
/// the level-1 heading the page showed, unless the current section already counts 1、2、 items of its own.
/// </remarks>
internal sealed class HeadingDetector
{
    private readonly HeadingRules _rules;

    public HeadingDetector(HeadingRules rules) => _rules = rules;

    public HeadingRules Rules => _rules;

    /// <summary>Detected headings in document order (without paths; the outline builder adds them), and the
    /// attachment names listed under an attachment line.</summary>
    internal (List<HeadingCandidate> Headings, List<string> Attachments) Detect(IReadOnlyList<Block> blocks,
        IReadOnlySet<int> tableOfContents)
    {
        var (candidates, attachments) = Collect(blocks, tableOfContents);
        var accepted = new SortedDictionary<int, HeadingCandidate>();

        AcceptTopLevels(candidates, accepted);
        for (int level = 2; level <= 5; level++)
            AcceptSiblingRuns(candidates.Where(c => c.Level == level && c.Style != NumberingStyle.None).ToList(),
                accepted);
        foreach (var c in candidates.Where(c => c.Style == NumberingStyle.None && c.LooksLikeHeading))
            accepted[c.BlockIndex] = c;
        AcceptUnnumberedSubheadings(blocks, accepted, tableOfContents);

        return (accepted.Values.ToList(), attachments);
    }

    private (List<HeadingCandidate>, List<string>) Collect(IReadOnlyList<Block> blocks, IReadOnlySet<int> tableOfContents)
    {
        var candidates = new List<HeadingCandidate>();
        var attachments = new List<string>();
        bool inAttachmentList = false;

        foreach (var block in blocks)
        {
            if (block is not Paragraph p || tableOfContents.Contains(block.Index))
            {
                inAttachmentList = false;
                continue;
            }
            var text = p.Text;
            if (IsAttachmentLine(text, out var attachmentTitle))
            {
                candidates.Add(new HeadingCandidate(p, null, NumberingStyle.Attachment, 1, attachmentTitle, true));
                if (attachmentTitle.Length > 0) attachments.Add(attachmentTitle);
                inAttachmentList = true;
                continue;
            }

            var label = NumberingLabel.Parse(text);
            if (inAttachmentList && label is { Style: NumberingStyle.Arabic } && text.Length <= 30 && !text.Contains('。'))
            {
                attachments.Add(label.Rest(text));
                continue;
            }
            inAttachmentList = false;

            if (label != null)
            {
                var (title, looks) = HeadingTitle.Read(label.Rest(text), _rules);
                candidates.Add(new HeadingCandidate(p, label, label.Style, label.Style.Level(), title, looks));
            }
            else if (p.Style.HeadingLevel is int hinted)
            {
                candidates.Add(new HeadingCandidate(p, null, NumberingStyle.None, hinted, text.TrimEnd('：', ':', '。'),
                    text.Length <= _rules.MaxStandaloneTitle));
            }
        }
        return (candidates, attachments);
    }

    private bool IsAttachmentLine(string text, out string title)
    {
        title = "";
        if (text.Length > _rules.MaxAttachmentLine) return false;
        foreach (var prefix in _rules.AttachmentPrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) continue;
            int i = prefix.Length;
            // 附件1：, 附件：1. , 附件一、 — skip the numbering and separators to the attachment's name.
            while (i < text.Length && (char.IsDigit(text[i]) || ChineseNumerals.Digit(text[i]) != null
                                       || text[i] is '：' or ':' or '.' or '．' or '、' or ' ' or '\u3000' or '-'))
                i++;
            if (i < text.Length && text[i] is '附' or '（' or '(') return false;
            title = text[i..].TrimEnd('。', '；');
            return i > prefix.Length || i == text.Length;
        }
        return false;
    }

    private static void AcceptTopLevels(List<HeadingCandidate> candidates, SortedDictionary<int, HeadingCandidate> accepted)
    {
        int? lastTopOrdinal = null;
        var arabicSinceTop = new HashSet<int>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Style is NumberingStyle.Part or NumberingStyle.ChineseComma or NumberingStyle.Attachment)
            {
                if (!c.LooksLikeHeading) continue;
                accepted[c.BlockIndex] = c;
                if (c.Style == NumberingStyle.ChineseComma) lastTopOrdinal = c.Ordinal;
                arabicSinceTop.Clear();
                continue;
            }
            if (c.Style != NumberingStyle.Arabic || c.Label == null) continue;

            bool printedLikeLost = c.Label.Text.EndsWith('、') && c.Label.FollowedBySpace && c.LooksLikeHeading;
            bool lostAutoNumber = printedLikeLost
                                  && ((lastTopOrdinal is int last && c.Ordinal == last + 1 && !arabicSinceTop.Contains(last))
                                      || (lastTopOrdinal is null or 0 || lastTopOrdinal == c.Ordinal - 1) && PrecedesItsNextSibling(candidates, i));
            if (lostAutoNumber)
            {
                var promoted = c with { Level = 1 };
                candidates[i] = promoted;
                accepted[c.BlockIndex] = promoted;
                lastTopOrdinal = c.Ordinal;
                arabicSinceTop.Clear();
                continue;
            }
            // Only items printed the same way ("4、 " with its space) can be mistaken for the lost level-1 number.
            if (c.Label.FollowedBySpace) arabicSinceTop.Add(c.Label.Ordinal);
        }
    }

    /// <summary>「1、 单位基本情况」 before 「二、一般公共预算支出情况」: the next level-1 heading carries the following number,
    /// and no item printed the same way (「2、 」 with its space) comes between to make the first one an item of a list.</summary>
    private static bool PrecedesItsNextSibling(List<HeadingCandidate> candidates, int i)
    {
        var c = candidates[i];
        for (int k = i + 1; k < candidates.Count; k++)
        {
            var next = candidates[k];
            if (next.Style is NumberingStyle.ChineseComma && next.LooksLikeHeading) return next.Ordinal == c.Ordinal + 1;
            if (next.Style is NumberingStyle.Part) return false;
            if (next.Style == NumberingStyle.Arabic && next.Label?.FollowedBySpace == true && next.Ordinal == c.Ordinal + 1) return false;
        }
        return false;
    }

    private static void AcceptSiblingRuns(List<HeadingCandidate> atLevel, SortedDictionary<int, HeadingCandidate> accepted)
    {
        var runs = new List<List<HeadingCandidate>>();
        int? currentParent = null;
        var parents = ParentsOf(atLevel, accepted);
        for (int i = 0; i < atLevel.Count; i++)
        {
            var c = atLevel[i];
            int? parent = parents[i];
            var run = runs.Count > 0 ? runs[^1] : null;
            bool continues = run != null && parent == currentParent
                             && run[^1].Style == c.Style
                             && c.Ordinal > 1 && c.Ordinal >= run[^1].Ordinal;
            if (!continues)
            {
                run = [];
                runs.Add(run);
                currentParent = parent;
            }
            run!.Add(c);
        }

        foreach (var run in runs)
        {
            int looks = run.Count(c => c.LooksLikeHeading);
            if (looks * 2 > run.Count)
                foreach (var c in run) accepted[c.BlockIndex] = c;
        }
    }

    /// <summary>For each candidate (in document order), the nearest accepted heading before it of a higher level,
    /// in one merged walk over both lists.</summary>
    private static int?[] ParentsOf(List<HeadingCandidate> candidates, SortedDictionary<int, HeadingCandidate> accepted)
    {
        var result = new int?[candidates.Count];
        var lastAtLevel = new int?[8];
        using var heads = accepted.GetEnumerator();
        bool more = heads.MoveNext();
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            while (more && heads.Current.Key < c.BlockIndex)
            {
                var level = Math.Clamp(heads.Current.Value.Level, 0, 7);
                lastAtLevel[level] = heads.Current.Key;
                for (int deeper = level + 1; deeper < lastAtLevel.Length; deeper++) lastAtLevel[deeper] = null;
                more = heads.MoveNext();
            }
            for (int level = Math.Min(c.Level - 1, 7); level >= 0; level--)
                if (lastAtLevel[level] is int parent) { result[i] = parent; break; }
        }
        return result;
    }

    /// <summary>A short line without punctuation (a closing colon allowed), inside a section, right before an item
    /// numbered 1, heads that list ("整体支出绩效中存在的问题" before "1.…").</summary>
    private void AcceptUnnumberedSubheadings(IReadOnlyList<Block> blocks, SortedDictionary<int, HeadingCandidate> accepted,
        IReadOnlySet<int> tableOfContents)
    {
        if (accepted.Count == 0) return;
        var found = new List<HeadingCandidate>();
        var lastAtLevel = new int?[8];
        int first = accepted.Keys.First();
        for (int i = first; i + 1 < blocks.Count; i++)
        {
            if (accepted.TryGetValue(i, out var heading))
            {
                var level = Math.Clamp(heading.Level, 0, 7);
                lastAtLevel[level] = i;
                for (int deeper = level + 1; deeper < lastAtLevel.Length; deeper++) lastAtLevel[deeper] = null;
                continue;
            }
            if (blocks[i] is not Paragraph p || p.Text.Length > _rules.MaxUnnumberedSubheading || tableOfContents.Contains(i)) continue;
            var body = p.Text.EndsWith('：') || p.Text.EndsWith(':') ? p.Text[..^1] : p.Text;
            if (body.Length == 0 || body.Any(HeadingTitle.IsPunctuation) || NumberingLabel.Parse(p.Text) != null) continue;
            if (blocks[i + 1] is not Paragraph next || NumberingLabel.Parse(next.Text) is not { Ordinal: 1 } nextLabel)
                continue;
            int subLevel = nextLabel.Style.Level() - 1;
            bool hasParent = false;
            for (int level = Math.Min(subLevel - 1, 7); level >= 0 && !hasParent; level--) hasParent = lastAtLevel[level] != null;
            if (!hasParent) continue;
            found.Add(new HeadingCandidate(p, null, NumberingStyle.None, subLevel, body, true));
            lastAtLevel[Math.Clamp(subLevel, 0, 7)] = i;
        }
        foreach (var c in found) accepted[c.BlockIndex] = c;
    }
}
