using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Faults;

/// <summary>
/// The faults planned for one report. Templates ask at each site whether to print something wrong; each
/// planned fault must be used exactly once, so a plan that names a site no template reaches fails loudly.
/// </summary>
sealed class FaultBook(IReadOnlyList<FaultSpec> plan)
{
    readonly HashSet<FaultSpec> _used = [];

    public bool Has(FaultType type, string site) => plan.Any(f => f.Type == type && f.Site == site);

    /// <summary>If a fault of this type is planned at the site, returns the altered number carrying the fault.</summary>
    public Printed Alter(FaultType type, string site, Printed correct, Func<Printed> corrupt, string description)
    {
        if (!Take(type, site)) return correct;
        var wrong = corrupt();
        var fault = new PlantedFault(type, correct.WithUnit, wrong.WithUnit, description);
        return wrong with { Fault = fault, Claim = correct.Claim };
    }

    /// <summary>A heading number printed wrong (skipped or repeated), or null when none is planned here.</summary>
    public PlantedFault? Numbering(string site, string expected, string actual, string description) =>
        Take(FaultType.Numbering, site) ? new PlantedFault(FaultType.Numbering, expected, actual, description) : null;

    /// <summary>True when the section must be left out; the document quotes the heading that follows the gap.</summary>
    public bool Omit(string site, string title, ReportDocument doc)
    {
        if (!Take(FaultType.MissingSection, site)) return false;
        doc.PendingOmission = new PlantedFault(FaultType.MissingSection, title, "",
            $"报告缺少“{title}”部分，正文结构不完整。");
        return true;
    }

    /// <summary>Fails when a planned fault was never planted or never reached the text.</summary>
    public void AssertAllPlanted(ReportDocument doc, string id)
    {
        var missing = plan.Where(f => !_used.Contains(f)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{id}: planned faults not planted: {string.Join(", ", missing)}");
        var unquoted = doc.Faults.Where(f => f.Quote.Length == 0).ToList();
        if (unquoted.Count > 0 || doc.Faults.Count != plan.Count)
            throw new InvalidOperationException($"{id}: {doc.Faults.Count} faults written, {plan.Count} planned, {unquoted.Count} without quote");
    }

    bool Take(FaultType type, string site)
    {
        var spec = plan.FirstOrDefault(f => f.Type == type && f.Site == site);
        if (spec is null || _used.Contains(spec)) return false;
        _used.Add(spec);
        return true;
    }
}
