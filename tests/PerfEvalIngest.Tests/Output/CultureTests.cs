using System.Globalization;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output;

/// <summary>
/// What the library writes does not depend on the culture of the program that calls it: the corpus and seeds checked
/// under German conventions (3.989,53; 52.428.800) and under the invariant culture give byte-identical report JSON and
/// checklists in every format, and a size limit's message prints its figures as 52,428,800 either way.
/// </summary>
public sealed class CultureTests
{
    private static Dictionary<string, byte[]> Outputs(CultureInfo culture)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "reports"), "*.txt").ToList();
            if (RepositoryPaths.SeedsPresent) files.AddRange(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"));
            var outputs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var result = TestPipeline.CheckFile(file);
                var name = Path.GetFileName(file);
                outputs[name + ".json"] = PerfEvalIngest.Output.ReportJsonWriter.Write(result);
                var view = PerfEvalIngest.Output.ChecklistView.Of(result);
                foreach (var format in PerfEvalIngest.Output.ChecklistFormats.All)
                {
                    using var stream = new MemoryStream();
                    format.Write(view, stream);
                    outputs[name + format.Extension] = stream.ToArray();
                }
            }
            return outputs;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    [Fact]
    public void Outputs_are_the_same_under_german_conventions_and_the_invariant_culture()
    {
        var invariant = Outputs(CultureInfo.InvariantCulture);
        var german = Outputs(CultureInfo.GetCultureInfo("de-DE"));
        Assert.Equal(invariant.Keys.Order(StringComparer.Ordinal), german.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in invariant)
            Assert.True(bytes.AsSpan().SequenceEqual(german[name]), name);
    }

    [Fact]
    public void A_size_limit_prints_its_figures_the_same_in_every_culture()
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Contains("52,428,800", PerfEvalIngest.DocumentModel.ReadError.TooLarge(50L << 20, 16L << 20).Message);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }
}
