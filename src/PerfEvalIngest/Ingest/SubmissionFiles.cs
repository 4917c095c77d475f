using PerfEvalIngest.Ingest.Excel;
namespace PerfEvalIngest.Ingest;

/// <summary>Which files of a folder make one submission: the main file and the workbooks that belong to it. The
/// formats are the registered readers' (<see cref="ReaderRegistry"/>).</summary>
internal static class SubmissionFiles
{
    /// <summary>The workbooks that belong to a main file, by the rule of <see cref="Group"/> applied to its folder;
    /// none for a file that is not a main file or whose folder cannot be listed.</summary>
    internal static IReadOnlyList<string> AttachmentsOf(string mainPath)
    {
        if (!IsMain(mainPath)) return [];
        var full = System.IO.Path.GetFullPath(mainPath);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder == null) return [];
        List<string> siblings;
        try
        {
            siblings = Directory.EnumerateFiles(folder).Where(IsCandidate).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        var group = Group(siblings).FirstOrDefault(g => string.Equals(g.Main, full, StringComparison.Ordinal));
        return group.Attachments ?? [];
    }

    /// <summary>
    /// Files of one folder that belong together. A workbook whose name starts with a main file's stem followed by
    /// anything but an ASCII letter or digit (科技局.docx + 科技局.自评表.xlsx or 科技局-附件.xlsx; not report1.xlsx
    /// beside report.docx) belongs to that main file, the longest matching stem winning. In a folder holding
    /// exactly one main file, every workbook belongs to it (one folder per submission). Other workbooks, and those
    /// that hold no figures (<see cref="WorkbookSniffer"/>), are reports of their own.
    /// </summary>
    internal static IEnumerable<(string Main, IReadOnlyList<string> Attachments)> Group(IReadOnlyList<string> folderFiles)
    {
        var mains = folderFiles.Where(IsMain).ToList();
        // A workbook without figures (a reviewer's checklist beside the report it checks) is a document of its own.
        var workbooks = folderFiles.Where(f => IsWorkbook(f) && WorkbookSniffer.HoldsFigures(f)).ToList();
        var byMain = mains.ToDictionary(m => m, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var workbook in workbooks)
        {
            var name = System.IO.Path.GetFileName(workbook);
            var owner = mains
                .Select(m => (Main: m, Stem: System.IO.Path.GetFileNameWithoutExtension(m)))
                .Where(m => StartsWithStem(name, m.Stem))
                .OrderByDescending(m => m.Stem.Length)
                .Select(m => m.Main)
                .FirstOrDefault() ?? (mains.Count == 1 ? mains[0] : null);
            if (owner != null) byMain[owner].Add(workbook);
        }
        return byMain.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value));

        static bool StartsWithStem(string name, string stem) =>
            name.Length > stem.Length && name.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetterOrDigit(name[stem.Length]);
    }

    internal static bool IsCandidate(string file) =>
        ReaderRegistry.ReportExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant());

    /// <summary>An Office lock file (~$报告.docx): listed as a report that could not be read, never attached.</summary>
    internal static bool IsLockFile(string file) => System.IO.Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal);

    private static bool IsMain(string file) =>
        IsCandidate(file) && !IsWorkbook(file) && !IsLockFile(file);

    private static bool IsWorkbook(string file) =>
        ReaderRegistry.WorkbookExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant()) && !IsLockFile(file);
}
