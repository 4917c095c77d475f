using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Evaluation;

/// <summary>
/// Plants exactly one fault of a chosen type into a clean report, at a place where the report states the identity
/// the fault breaks, and records where. Each fault is one a reviewer would call an error in the report:
/// a part grown past its total (sum), a share, execution rate, deviation or stated difference moved off what its
/// inputs give, a 万元 amount printed as 元 (unit), a heading number repeated (numbering), a count that no longer
/// matches its list (enumeration), a level-1 section left out (missing-section), a figure restated with another
/// value (restated). Sites are chosen from the document model and the statements; a site where the report already
/// raises a finding is used too (a second slip beside a real one is the normal case), since only a finding the clean
/// report lacks counts as catching the fault.
/// </summary>
internal sealed class FaultInjector
{
    public static readonly IReadOnlyList<string> Types =
        ["sum", "share", "rate", "difference", "deviation", "unit", "numbering", "enumeration", "missing-section", "restated",
         "missed-target", "growth", "numbering-skip", "list-item-dropped"];

    private readonly ConceptDictionary _concepts;
    private readonly CheckTolerances _tolerances;

    public FaultInjector(ConceptDictionary concepts, CheckTolerances tolerances)
    {
        _concepts = concepts;
        _tolerances = tolerances;
    }

    /// <summary>Up to <paramref name="maxSites"/> documents, each the clean one with one fault of the type planted.</summary>
    public IEnumerable<(PlantedFault Fault, Document Document)> Plant(ReportResult clean, string type, int maxSites)
    {
        if (clean.Facts == null || clean.Structure == null) return [];
        var sites = type switch
        {
            "sum" => SumSites(clean),
            "share" => PercentSites(clean, f => f.Measure == "share" && !f.InTable, "share", 7m),
            "rate" => PercentSites(clean, f => f.Concept == "budget.rate", "rate", 5m),
            "deviation" => PercentSites(clean, f => f.ColumnConcept == "indicator.deviation"
                                                     && f.Value != 0 && !ZeroTarget(clean, f), "deviation", 9m),
            "difference" => DifferenceSites(clean),
            "unit" => UnitSites(clean),
            "numbering" => NumberingSites(clean),
            "enumeration" => EnumerationSites(clean),
            "missing-section" => MissingSectionSites(clean),
            "restated" => RestatedSites(clean),
            "missed-target" => MissedTargetSites(clean),
            "growth" => GrowthSites(clean),
            "numbering-skip" => NumberingSkipSites(clean),
            "list-item-dropped" => DroppedItemSites(clean),
            _ => throw new ArgumentException($"unknown fault type {type}", nameof(type)),
        };
        return Spread(sites.ToList(), maxSites);
    }

    /// <summary>Sites spread over the document rather than the first few.</summary>
    private static IEnumerable<T> Spread<T>(List<T> sites, int max)
    {
        if (sites.Count <= max) return sites;
        return Enumerable.Range(0, max).Select(i => sites[i * sites.Count / max]);
    }

    private static string CategoryOf(string type) => type switch
    {
        "unit" => "unit",
        "numbering" or "numbering-skip" => "numbering",
        "enumeration" or "list-item-dropped" => "enumeration",
        "missing-section" => "completeness",
        "restated" => "cross-reference",
        "missed-target" => "target",
        _ => "arithmetic",
    };

    private (PlantedFault, Document) ChangeFigure(ReportResult clean, Fact fact, string type, decimal newValue, string? newUnit = null)
    {
        var printed = Format(newValue, fact.Quantity.Decimals);
        // A change lost to rounding (0.1 × 1.1 prints as 0.1 again) is no fault: move by a few units in the last place.
        if (newUnit == null && printed == Format(fact.Value, fact.Quantity.Decimals))
            printed = Format(fact.Value + 3 * Facts.Quantity.Pow10(-fact.Quantity.Decimals), fact.Quantity.Decimals);
        var document = clean.Structure!.Document;
        if (fact.InTable)
        {
            var cell = fact.Quantity;
            var text = fact.Text[..cell.Start] + (cell.Qualifier is { } q && cell.Printed.StartsWith(q) ? q : "") + printed
                       + (newUnit ?? Suffix(fact)) + fact.Text[cell.End..];
            var edited = DocumentEdits.ReplaceCell(document, fact.BlockIndex, fact.Location.Row!.Value, fact.Location.Col!.Value, text);
            return (new PlantedFault(type, CategoryOf(type), fact.Text, text, fact.BlockIndex, fact.Location), edited);
        }
        var q2 = fact.Quantity;
        var numberStart = q2.Printed.IndexOfAny("-.0123456789".ToCharArray());
        var prefix = numberStart > 0 ? q2.Printed[..numberStart] : "";
        var replacement = prefix + printed + (newUnit ?? fact.Unit);
        var result = DocumentEdits.ReplaceInParagraph(document, fact.BlockIndex, q2.Start, q2.Length, replacement);
        return (new PlantedFault(type, CategoryOf(type), q2.Printed, replacement, fact.BlockIndex, fact.Location), result);
    }

    private static string Suffix(Fact fact) => fact.Quantity.Printed.EndsWith(fact.Unit, StringComparison.Ordinal) ? fact.Unit : "";

    private static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);

    internal static bool SamePlace(Location a, Location b) =>
        a.Table != null ? a.Table == b.Table && (a.Row == null || b.Row == null || a.Row == b.Row) : a.Paragraph == b.Paragraph && a.Paragraph != null;

    /// <summary>A part of a total stated before it in its sentence, grown by the whole total: the parts now exceed
    /// it, whether the list is complete or only a 其中 selection.</summary>
    private IEnumerable<(PlantedFault, Document)> SumSites(ReportResult clean)
    {
        foreach (var block in clean.Facts!.Facts.Where(f => !f.InTable).GroupBy(f => f.BlockIndex))
        {
            var facts = block.ToList();
            foreach (var part in facts)
            {
                if (part.Concept == null || !part.Quantity.IsExact || part.Quantity.Kind != UnitKind.Money || part.Measure == "share") continue;
                var total = facts.TakeWhile(f => f != part).LastOrDefault(f => f.SentenceIndex == part.SentenceIndex && f.Concept != null
                    && f.Quantity.IsExact && _concepts[f.Concept]?.Parts.Any(d => d.Contains(part.Concept)) == true
                    && f.EffectiveMeasure(_concepts) == part.EffectiveMeasure(_concepts) && Units.Comparable(f.Unit, part.Unit));
                if (total == null) continue;
                var grown = part.Value + total.Quantity.BaseValue / Units.Factor(part.Unit);
                yield return ChangeFigure(clean, part, "sum", grown);
            }
        }
    }

    /// <summary>A percentage that agrees with its inputs, moved by a few points.</summary>
    private IEnumerable<(PlantedFault, Document)> PercentSites(ReportResult clean, Func<Fact, bool> select, string type, decimal points)
    {
        foreach (var fact in clean.Facts!.Facts.Where(f => f.Quantity.Kind == UnitKind.Percent && f.Quantity.IsExact && select(f)))
        {
            var moved = fact.Value > points ? fact.Value - points : fact.Value + points;
            yield return ChangeFigure(clean, fact, type, moved);
        }
    }

    /// <summary>A deviation against a zero target is undefined; planting there tests nothing.</summary>
    private bool ZeroTarget(ReportResult clean, Fact deviation) =>
        clean.Facts!.Facts.Any(f => f.BlockIndex == deviation.BlockIndex && f.Location.Row == deviation.Location.Row
                                    && f.ColumnConcept == "indicator.target" && f.Value == 0);

    /// <summary>A stated 超支/结余/增加/减少 amount, half as large again.</summary>
    private IEnumerable<(PlantedFault, Document)> DifferenceSites(ReportResult clean)
    {
        foreach (var p in clean.Structure!.Document.Paragraphs)
            foreach (var fact in clean.Facts!.Facts.Where(f => f.BlockIndex == p.Index && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact))
            {
                var before = p.Text[..fact.Quantity.Start].TrimEnd(' ', '了', '为', '：', ':', '共', '计', '达');
                if (!_tolerances.DifferenceWords.Keys.Any(w => before.EndsWith(w, StringComparison.Ordinal))) continue;
                if (fact.Value == 0) continue;
                yield return ChangeFigure(clean, fact, "difference", fact.Value * 1.5m);
            }
    }

    /// <summary>A 万元 amount of a budget concept among other 万元 amounts, printed as 元.</summary>
    private IEnumerable<(PlantedFault, Document)> UnitSites(ReportResult clean)
    {
        foreach (var block in clean.Facts!.Facts.Where(f => !f.InTable).GroupBy(f => f.BlockIndex))
        {
            var money = block.Where(f => f.Quantity.Kind == UnitKind.Money && f.Concept != null && f.Value > 0).ToList();
            if (money.Count < 3) continue;
            foreach (var fact in money.Where(f => f.Unit == "万元" && f.Quantity.IsExact && f.Value >= 1))
                yield return ChangeFigure(clean, fact, "unit", fact.Value, "元");
        }
    }

    /// <summary>A heading numbered as its predecessor (（二） printed again where （三） belongs).</summary>
    private static IEnumerable<(PlantedFault, Document)> NumberingSites(ReportResult clean)
    {
        var document = clean.Structure!.Document;
        foreach (var h in clean.Structure.Outline.Where(h => h.Ordinal >= 2 && h.Style is NumberingStyle.ChineseComma
                     or NumberingStyle.ChineseParen or NumberingStyle.Arabic or NumberingStyle.ArabicParen))
        {
            if (document.Blocks[h.BlockIndex] is not Paragraph p || !p.Original.StartsWith(h.Label, StringComparison.Ordinal)) continue;
            var previous = h.Label.Replace(Ordinal(h.Style, h.Ordinal!.Value), Ordinal(h.Style, h.Ordinal.Value - 1));
            if (previous == h.Label) continue;
            var edited = DocumentEdits.ReplaceInParagraph(document, h.BlockIndex, 0, h.Label.Length, previous);
            yield return (new PlantedFault("numbering", "numbering", h.Label, previous, h.BlockIndex, h.Location), edited);
        }
    }

    /// <summary>The last heading of a run of siblings numbered one too far (（三） where （二） belongs).</summary>
    private static IEnumerable<(PlantedFault, Document)> NumberingSkipSites(ReportResult clean)
    {
        var document = clean.Structure!.Document;
        var outline = clean.Structure.Outline;
        foreach (var h in outline.Where(h => h.Ordinal >= 1 && h.Style is NumberingStyle.ChineseComma or NumberingStyle.ChineseParen
                     or NumberingStyle.Arabic or NumberingStyle.ArabicParen))
        {
            bool last = !outline.Any(o => o.BlockIndex > h.BlockIndex && o.Parent == h.Parent && o.Level == h.Level);
            if (!last || document.Blocks[h.BlockIndex] is not Paragraph p || !p.Original.StartsWith(h.Label, StringComparison.Ordinal)) continue;
            var skipped = h.Label.Replace(Ordinal(h.Style, h.Ordinal!.Value), Ordinal(h.Style, h.Ordinal.Value + 1));
            if (skipped == h.Label) continue;
            var edited = DocumentEdits.ReplaceInParagraph(document, h.BlockIndex, 0, h.Label.Length, skipped);
            yield return (new PlantedFault("numbering-skip", "numbering", h.Label, skipped, h.BlockIndex, h.Location), edited);
        }
    }

    /// <summary>The last item of a list closed by its count ("A、B、C三大目标") dropped, the count left as it was.</summary>
    private static IEnumerable<(PlantedFault, Document)> DroppedItemSites(ReportResult clean)
    {
        var document = clean.Structure!.Document;
        foreach (var p in document.Paragraphs)
        {
            if (clean.Structure.IsHeading(p.Index)) continue;
            foreach (var list in StatedLists.Find(p.Text).Where(l => l.Stated >= 3))
            {
                // From the separator before the last item (、 or 和) to the end of that item.
                int from = list.Items[^2].End, to = list.Items[^1].End;
                var dropped = p.Original[from..to];
                var edited = DocumentEdits.ReplaceInParagraph(document, p.Index, from, to - from, "");
                yield return (new PlantedFault("list-item-dropped", "enumeration", dropped, "", p.Index, clean.Structure.LocationOf(p)), edited);
            }
        }
    }

    private static string Ordinal(NumberingStyle style, int n) => style is NumberingStyle.ChineseComma or NumberingStyle.ChineseParen
        ? ChineseNumerals.Format(n)
        : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count that matches its list, raised by one.</summary>
    private static IEnumerable<(PlantedFault, Document)> EnumerationSites(ReportResult clean)
    {
        var document = clean.Structure!.Document;
        foreach (var p in document.Paragraphs)
        {
            if (clean.Structure.IsHeading(p.Index)) continue;
            foreach (var list in StatedLists.Find(p.Text))
            {
                var printed = p.Original.Substring(list.NumeralStart, list.NumeralLength);
                var raised = printed.All(char.IsAsciiDigit)
                    ? (list.Stated + 1).ToString(CultureInfo.InvariantCulture)
                    : ChineseNumerals.Format(list.Stated + 1);
                var edited = DocumentEdits.ReplaceInParagraph(document, p.Index, list.NumeralStart, list.NumeralLength, raised);
                yield return (new PlantedFault("enumeration", "enumeration", printed, raised, p.Index,
                    clean.Structure.LocationOf(p)), edited);
            }
        }
    }

    /// <summary>A level-1 section the rubric asks for, left out with everything under it.</summary>
    private static IEnumerable<(PlantedFault, Document)> MissingSectionSites(ReportResult clean)
    {
        if (clean.Rubric == null) yield break;
        var top = clean.Structure!.Outline.Where(h => h.Level <= 1).ToList();
        var required = clean.Rubric.Items.Where(i => i.Group == "completeness.body" && i.Status == "present" && i.Location != null).ToList();
        for (int k = 0; k < top.Count; k++)
        {
            var h = top[k];
            if (!required.Any(i => i.Location!.Paragraph == h.Location.Paragraph)) continue;
            int end = k + 1 < top.Count ? top[k + 1].BlockIndex : clean.Structure.Document.Blocks.Count;
            var edited = DocumentEdits.RemoveBlocks(clean.Structure.Document, h.BlockIndex, end);
            yield return (new PlantedFault("missing-section", "completeness", h.Label + h.Title, "", h.BlockIndex, h.Location), edited);
        }
    }

    /// <summary>A 自评表 row that meets an at-least target and says so (full marks, or 超额完成): its completed value
    /// lowered to four fifths of the target, the rest of the row left claiming success.</summary>
    private IEnumerable<(PlantedFault, Document)> MissedTargetSites(ReportResult clean)
    {
        foreach (var row in clean.Facts!.Facts.Where(f => f.InTable && f.Column != null).GroupBy(f => (f.BlockIndex, f.Location.Row)))
        {
            var facts = row.ToList();
            var target = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.target");
            var actual = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.actual");
            if (target == null || actual == null || target.Value <= 0 || !Units.Comparable(target.Unit, actual.Unit)) continue;
            if (target.Quantity.Qualifier is not (">=" or "≥" or "不低于" or "不少于" or "=" or null)) continue;
            if (actual.Value < target.Value || !actual.Quantity.IsExact) continue;
            var table = (Table)clean.Structure!.Document.Blocks[row.Key.BlockIndex];
            var rowText = string.Join(" ", Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(row.Key.Row!.Value, c)));
            var score = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.score");
            var weight = facts.FirstOrDefault(f => f.ColumnConcept == "indicator.weight");
            bool saysMet = (score != null && weight != null && score.Value == weight.Value && weight.Value > 0) || rowText.Contains("超额完成");
            if (!saysMet) continue;
            yield return ChangeFigure(clean, actual, "missed-target", target.Value * 0.8m);
        }
    }

    /// <summary>A year-on-year rate that a statement reads with both its figures (this year's level and the change,
    /// or both years' levels), moved by five points. The sites come from the statements the facts stage reads, not
    /// from the growth check.</summary>
    private IEnumerable<(PlantedFault, Document)> GrowthSites(ReportResult clean)
    {
        foreach (var s in clean.Facts!.Statements.OfType<Facts.Statements.ChangeStatement>().ToList())
        {
            if (s.Rate is not { } rate || !rate.Quantity.IsExact || s.Level is not { Quantity.IsExact: true } || (s.Change == null && s.Base == null)) continue;
                yield return ChangeFigure(clean, rate, "growth", rate.Value > 5 ? rate.Value - 5 : rate.Value + 5);
        }
    }

    /// <summary>A report-level figure stated twice, its second statement changed by a tenth.</summary>
    private IEnumerable<(PlantedFault, Document)> RestatedSites(ReportResult clean)
    {
        var wanted = _tolerances.CrossReferenceConcepts.ToHashSet();
        var tableOnly = _tolerances.CrossReferenceTableOnly.ToHashSet();
        foreach (var group in clean.Facts!.Facts
                     .Where(f => f.Concept != null && wanted.Contains(f.Concept) && f.Quantity.IsExact && f.Measure != "share"
                                 && !(tableOnly.Contains(f.Concept) && !f.InTable) && !f.InTable)
                     .GroupBy(f => (f.Concept, f.EffectiveMeasure(_concepts))))
        {
            var list = group.ToList();
            if (list.Count < 2 || list[0].Value != list[1].Value || list[0].Value == 0) continue;
            var second = list[1];
            if (second.BlockIndex == list[0].BlockIndex) continue;
            yield return ChangeFigure(clean, second, "restated", second.Value * 1.1m);
        }
    }
}
