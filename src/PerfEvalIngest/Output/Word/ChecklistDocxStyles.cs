using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// The checklist's styles. Document defaults name 宋体 (SimSun) for Chinese and Times New Roman for Latin text at
/// 五号 (10.5 pt), the fonts every Chinese Word and WPS installation has (LibreOffice substitutes its own CJK font);
/// headings use 黑体 and keep Word's built-in names, so the navigation pane and WPS's outline find them. Tables
/// share one bordered style, so a table prints with its grid even where cell fills are lost.
/// </summary>
internal static class ChecklistDocxStyles
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string Table = "ChecklistTable";

    /// <summary>The header row's fill, light enough that black text stays readable on a grey-scale print.</summary>
    public const string HeaderFill = "D9D9D9";

    private const string LatinFont = "Times New Roman";
    private const string ChineseFont = "宋体";
    private const string HeadingChineseFont = "黑体";

    public static W.Styles Build() => new(
        new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                Fonts(ChineseFont),
                new W.FontSize { Val = "21" },
                new W.FontSizeComplexScript { Val = "21" },
                new W.Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { After = "60", Line = "300", LineRule = W.LineSpacingRuleValues.Auto }))),
        ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true, new W.StyleParagraphProperties(), null),
        ParagraphStyle(Heading1, "heading 1", "Normal", isDefault: false,
            new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(),
                new W.SpacingBetweenLines { Before = "240", After = "180" }, new W.Justification { Val = W.JustificationValues.Center },
                new W.OutlineLevel { Val = 0 }),
            new W.StyleRunProperties(Fonts(HeadingChineseFont), new W.Bold(), new W.BoldComplexScript(),
                new W.FontSize { Val = "32" }, new W.FontSizeComplexScript { Val = "32" })),
        ParagraphStyle(Heading2, "heading 2", "Normal", isDefault: false,
            new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(),
                new W.SpacingBetweenLines { Before = "240", After = "120" }, new W.OutlineLevel { Val = 1 }),
            new W.StyleRunProperties(Fonts(HeadingChineseFont), new W.Bold(), new W.BoldComplexScript(),
                new W.FontSize { Val = "28" }, new W.FontSizeComplexScript { Val = "28" })),
        ParagraphStyle(TableText, "Checklist Table Text", "Normal", isDefault: false,
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = W.LineSpacingRuleValues.Auto }),
            new W.StyleRunProperties(new W.FontSize { Val = "18" }, new W.FontSizeComplexScript { Val = "18" })),
        TableStyle());

    private static W.RunFonts Fonts(string chinese) =>
        new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = chinese, ComplexScript = LatinFont };

    private static W.Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault,
        W.StyleParagraphProperties pPr, W.StyleRunProperties? rPr)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.Append(new W.StyleName { Val = name });
        if (basedOn != null) style.Append(new W.BasedOn { Val = basedOn });
        style.Append(new W.NextParagraphStyle { Val = "Normal" });
        style.Append(new W.PrimaryStyle());
        style.Append(pPr);
        if (rPr != null) style.Append(rPr);
        return style;
    }

    /// <summary>Single thin borders all round and between cells, small cell margins, cells aligned at the top.</summary>
    private static W.Style TableStyle()
    {
        var style = new W.Style { Type = W.StyleValues.Table, StyleId = Table };
        style.Append(
            new W.StyleName { Val = "Checklist Table" },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "0", After = "0" }),
            new W.StyleTableProperties(
                new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 80, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 80, Type = W.TableWidthValues.Dxa })),
            new W.StyleTableCellProperties(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Top }));
        return style;
    }

    /// <summary>Settings that make Word open the file in its current mode, not as a compatibility-mode document.</summary>
    public static W.Settings Settings() => new(
        new W.DefaultTabStop { Val = 420 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.CompressPunctuation },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
