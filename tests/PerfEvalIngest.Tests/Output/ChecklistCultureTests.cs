using System.Globalization;
using PerfEvalIngest.Output;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output;

/// <summary>A reviewer's locale does not change the checklist: figures print as the report prints them.</summary>
public sealed class ChecklistCultureTests
{
    [Fact]
    public void Figures_keep_their_decimal_point_under_a_comma_locale()
    {
        var report = TestPipeline.Check("一、部门（单位）概况\n2023年收入总额为2792.30万元，其中财政拨款收入为2318.05万元。\n");
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = ChecklistWriter.Write(report);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = ChecklistWriter.Write(report);
            Assert.Contains("| 收入总额 | 2792.30万元 |", german);
            Assert.DoesNotContain("2792,30", german);
            Assert.Equal(invariant, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
