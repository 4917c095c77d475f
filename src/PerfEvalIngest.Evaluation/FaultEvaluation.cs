using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Evaluation;

/// <summary>
/// Measures the checks the way one measures a detector: plant known faults into clean reports and count what is
/// caught — by a new finding of the fault's category at the planted place — and count what is flagged on the clean
/// reports themselves (errors and warnings: false alarms).
/// </summary>
public sealed class FaultEvaluation
{
    private readonly ReportPipeline _pipeline;
    private readonly FaultInjector _injector;

    public FaultEvaluation(ReportPipeline pipeline)
    {
        _pipeline = pipeline;
        _injector = new FaultInjector(pipeline.Facts.Concepts, pipeline.Tolerances);
    }

    public sealed record TypeScore(string Type, int Planted, int Caught, IReadOnlyList<PlantedFault> Missed)
    {
        public double Recall => Planted == 0 ? double.NaN : (double)Caught / Planted;
    }

    public sealed record Result(IReadOnlyList<TypeScore> Types, int CleanReports, int FalseAlarms, IReadOnlyList<string> Alarms)
    {
        public double FalseAlarmsPerReport => CleanReports == 0 ? 0 : (double)FalseAlarms / CleanReports;
        public int Planted => Types.Sum(t => t.Planted);
        public int Caught => Types.Sum(t => t.Caught);
    }

    /// <summary>A document to plant faults into; <see cref="Clean"/> says whether its own findings count as false
    /// alarms (a generated clean report) or not (a real report, whose findings may be real).</summary>
    public sealed record Subject(string Name, Document Document, bool Clean);

    /// <summary>Evaluates over documents already read, planting up to <paramref name="sitesPerType"/> faults of each
    /// type into each.</summary>
    public Result Run(IReadOnlyList<Subject> subjects, int sitesPerType)
    {
        var planted = FaultInjector.Types.ToDictionary(t => t, _ => 0);
        var caught = FaultInjector.Types.ToDictionary(t => t, _ => 0);
        var missed = FaultInjector.Types.ToDictionary(t => t, _ => new List<PlantedFault>());
        int alarms = 0;
        var alarmList = new List<string>();

        foreach (var (name, document, counted) in subjects)
        {
            var clean = _pipeline.Run(document, name, new ReportOptions());
            if (counted)
            {
                var cleanAlarms = clean.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
                alarms += cleanAlarms.Count;
                alarmList.AddRange(cleanAlarms.Select(f => $"{name}: {f.Rule} {f.Message}"));
            }
            var known = clean.Findings.Select(f => f.Identity).ToHashSet();

            foreach (var type in FaultInjector.Types)
                foreach (var (fault, faulty) in _injector.Plant(clean, type, sitesPerType))
                {
                    planted[type]++;
                    var result = _pipeline.Run(faulty, name, new ReportOptions());
                    if (result.Findings.Any(f => !known.Contains(f.Identity) && Catches(f, fault))) caught[type]++;
                    else missed[type].Add(fault with { Original = $"{name}: {fault.Original}" });
                }
        }
        var types = FaultInjector.Types.Select(t => new TypeScore(t, planted[t], caught[t], missed[t])).ToList();
        return new Result(types, subjects.Count(s => s.Clean), alarms, alarmList);
    }

    private static bool Catches(Finding f, PlantedFault fault)
    {
        if (f.Category != fault.Category) return false;
        if (fault.Type == "missing-section") return f.Rule == "completeness.missing";
        return FaultInjector.SamePlace(f.Location, fault.Location) || f.Evidence.Contains(fault.Planted, StringComparison.Ordinal);
    }

    /// <summary>The recall table and false-alarm line, as printed by `perfeval eval` and the tests.</summary>
    /// <summary>Below this many sites a type's recall is shown but not to be trusted.</summary>
    internal const int FewSites = 10;

    public static string Format(Result result)
    {
        var lines = new List<string> { "fault type        planted  caught  recall" };
        foreach (var t in result.Types)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{t.Type,-17} {t.Planted,7} {t.Caught,7}  {(t.Planted == 0 ? "   —" : Percent(t.Recall))}")
                      + (t.Planted < FewSites ? $"  (only {t.Planted} sites: too few to judge)" : ""));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{"all",-17} {result.Planted,7} {result.Caught,7}  {(result.Planted == 0 ? "   —" : Percent((double)result.Caught / result.Planted))}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"false alarms: {result.FalseAlarms} errors/warnings over {result.CleanReports} clean reports ({result.FalseAlarmsPerReport:F2} per report)"));
        return string.Join("\n", lines);

        static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture).PadLeft(5) + "%";
    }
}
