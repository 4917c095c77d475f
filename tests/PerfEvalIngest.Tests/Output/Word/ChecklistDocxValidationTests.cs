using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>The checklists are valid Office 2010 documents, so Word opens them without offering a repair.</summary>
public sealed class ChecklistDocxValidationTests
{
    private static void AssertValid(byte[] bytes)
    {
        using var doc = DocxChecklists.Open(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [SeedFact]
    public void A_seed_reports_checklist_is_valid() => AssertValid(DocxChecklists.Bytes(DocxChecklists.Seed(DocxChecklists.SuzhouSeed)));

    [Fact]
    public void A_failed_reports_checklist_is_valid() => AssertValid(DocxChecklists.Bytes(DocxChecklists.Failed()));

    [Fact]
    public void A_checklist_with_merged_places_and_a_control_character_is_valid() =>
        AssertValid(DocxChecklists.Bytes(DocxChecklists.Synthetic()));
}
