using System.Text;
using System.Text.RegularExpressions;
using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Writing;

/// <summary>Values a prose template may refer to; Result and Target are null outside task sentences.</summary>
sealed record ProseValues(int Year, string ShortName)
{
    public decimal? Result { get; init; }
    public decimal? Target { get; init; }
    public string Unit { get; init; } = "";
    public int Decimals { get; init; }
}

/// <summary>
/// Fills the placeholders of profile prose (see <see cref="Profiles.TaskSpec"/>). Random figures in prose are
/// flavour only; figures that must agree elsewhere come from ProseValues. Overlapping sub-counts are drawn
/// so that they add up to more than the whole — the trap of categories a single item can belong to twice.
/// </summary>
static partial class ProseTemplate
{
    [GeneratedRegex(@"\[\[([a-z-]+):(.*?)\]\]")]
    private static partial Regex TrapSegment();

    [GeneratedRegex(@"\{(v|t|vw|oa|ob|y|y-1|short|n:\d+-\d+|d:\d+-\d+)\}")]
    private static partial Regex Placeholder();

    public static Para Fill(string template, ProseValues values, Random rng)
    {
        var overlap = Overlap(values, rng);
        var para = new Para();
        var last = 0;
        foreach (Match m in TrapSegment().Matches(template))
        {
            para.T(Substitute(template[last..m.Index], values, rng, overlap));
            para.Trap(m.Groups[1].Value, Substitute(m.Groups[2].Value, values, rng, overlap));
            last = m.Index + m.Length;
        }
        para.T(Substitute(template[last..], values, rng, overlap));
        return para;
    }

    static string Substitute(string text, ProseValues v, Random rng, (long A, long B) overlap) =>
        Placeholder().Replace(text, m => m.Groups[1].Value switch
        {
            "v" => Amount(v.Result, v) + v.Unit,
            "t" => Amount(v.Target, v) + v.Unit,
            "vw" => NumberText.Fixed((v.Result ?? 0) / 10000m, 1),
            "oa" => NumberText.Integer(overlap.A),
            "ob" => NumberText.Integer(overlap.B),
            "y" => v.Year.ToString(),
            "y-1" => (v.Year - 1).ToString(),
            "short" => v.ShortName,
            var spec when spec.StartsWith("n:") => RandomInt(spec[2..], rng).ToString(),
            var spec when spec.StartsWith("d:") => NumberText.Fixed(RandomInt(spec[2..], rng) + rng.Next(10) / 10m, 1),
            _ => m.Value,
        });

    static string Amount(decimal? value, ProseValues v) => NumberText.Fixed(value ?? 0, v.Decimals);

    static int RandomInt(string range, Random rng)
    {
        var parts = range.Split('-');
        return rng.Next(int.Parse(parts[0]), int.Parse(parts[1]) + 1);
    }

    static (long A, long B) Overlap(ProseValues v, Random rng)
    {
        var whole = (long)(v.Result ?? 0);
        if (whole < 10) return (0, 0);
        var a = (long)(whole * (0.56 + rng.NextDouble() * 0.2));
        var b = (long)(whole * (0.52 + rng.NextDouble() * 0.2));
        return (a, b);
    }

    /// <summary>Joins list items the way Chinese lists do: A、B和C or A、B、C.</summary>
    public static string List(IReadOnlyList<string> items, bool lastWithHe = false)
    {
        if (items.Count == 1 || !lastWithHe) return string.Join("、", items);
        var sb = new StringBuilder(string.Join("、", items.Take(items.Count - 1)));
        return sb.Append('和').Append(items[^1]).ToString();
    }
}
