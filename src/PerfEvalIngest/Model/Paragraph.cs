namespace PerfEvalIngest.Model;

/// <summary>
/// A paragraph. <see cref="Original"/> is the text as printed (the evidence a finding quotes);
/// <see cref="Text"/> is the same text with full-width digits, letters and number signs folded to ASCII for
/// analysis. The fold maps one character to one character, so an offset into one is an offset into the other.
/// </summary>
public sealed record Paragraph(int Index, string Text, string Original, StyleHints Style, Location Location)
    : Block(Index, Location);
