using PerfEvalIngest.Ingest;
namespace PerfEvalIngest;

/// <summary>One submission of a batch and its output name: its main file's path relative to the PATH it was found
/// under, with / replaced by __ (the contract's naming). <see cref="Attachments"/> are the workbooks that belong to
/// the main file and are read into the same report.</summary>
public sealed record BatchInput(string Path, string Name)
{
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Why the input was refused before any reading (a folder that cannot be listed): its report fails
    /// with this error, so the reviewer sees it among the results.</summary>
    public Model.ReadError? Refused { get; init; }

    /// <summary>The main file's path as the bytes on disk, for a name that is not UTF-8 (<see cref="RawFileNames"/>);
    /// <see cref="Path"/> then shows it decoded as GB18030.</summary>
    internal byte[]? RawPath { get; init; }

    /// <summary>The longest output name, in UTF-8 bytes, before the extensions (.json, .md) the outputs add: file
    /// systems allow 255 bytes for a name.</summary>
    internal const int MaxNameBytes = 200;


    /// <summary>Expands the command line's paths: files as given, folders searched recursively for report
    /// formats, with attachments grouped to their main file (see <see cref="Group"/>). Returns the inputs in a
    /// stable order and the paths that do not exist.</summary>
    public static (List<BatchInput> Inputs, List<string> Missing) Discover(IEnumerable<string> paths)
    {
        var inputs = new List<BatchInput>();
        var missing = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, System.IO.Path.GetFileName(path), AttachmentsOf(path));
                continue;
            }
            // A name that is not UTF-8, given on the command line: found again by the bytes that were typed.
            var typed = Directory.Exists(path) ? null : RawFileNames.ArgumentBytes(path);
            if (typed != null && RawFileNames.List(typed) == null)
            {
                if (RawFileNames.OpenRead(typed) is { } handle)
                {
                    handle.Dispose();
                    var shown = RawFileNames.Display(typed);
                    Add(shown, System.IO.Path.GetFileName(shown), [], typed);
                }
                else missing.Add(path);
                continue;
            }
            if (!Directory.Exists(path) && typed == null)
            {
                missing.Add(path);
                continue;
            }
            var root = typed == null ? path : RawFileNames.Display(typed);
            var unreadable = new List<string>();
            var raw = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var files = Walk(root, unreadable, raw, typed)
                .Where(f => !InSkippedFolder(System.IO.Path.GetRelativePath(root, f)))
                .Where(IsCandidate)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var folder in unreadable.Order(StringComparer.Ordinal))
                inputs.Add(new BatchInput(folder, Shorten(System.IO.Path.GetRelativePath(root, folder).Replace('\\', '/').Replace("/", "__") + "__（文件夹）"))
                {
                    Refused = Model.ReadError.Unreadable("文件夹无法打开，其中的文件未检查 / a folder that cannot be listed; its files were not checked"),
                });
            var grouped = files.GroupBy(f => System.IO.Path.GetDirectoryName(f) ?? "")
                .SelectMany(folder => Group(folder.ToList()))
                .ToDictionary(g => g.Main, g => g.Attachments, StringComparer.Ordinal);
            var attached = grouped.Values.SelectMany(a => a).ToHashSet(StringComparer.Ordinal);
            foreach (var file in files.Where(f => !attached.Contains(f)))
                Add(file, System.IO.Path.GetRelativePath(root, file).Replace('\\', '/').Replace("/", "__"),
                    grouped.GetValueOrDefault(file, []), raw.GetValueOrDefault(file));
        }
        return (inputs, missing);

        // Build output (bin/, obj/) and hidden folders (.git/) hold no submissions, only files that look like them.
        static bool InSkippedFolder(string relative) =>
            relative.Split('/', '\\').SkipLast(1).Any(d => d is "bin" or "obj" || d.StartsWith('.'));

        void Add(string file, string name, IReadOnlyList<string> attachments, byte[]? rawPath = null)
        {
            var unique = Shorten(name);
            for (int n = 2; !names.Add(unique); n++) unique = $"{System.IO.Path.GetFileNameWithoutExtension(name)}~{n}{System.IO.Path.GetExtension(name)}";
            inputs.Add(new BatchInput(file, unique) { Attachments = attachments, RawPath = rawPath });
        }
    }

    /// <summary>
    /// The files under a folder, its subfolders searched too. A link to a folder is not followed (it would list files
    /// twice, or loop for ever); a link to a file is listed, and judged by its target when read. A folder that cannot be
    /// listed is added to <paramref name="unreadable"/>. A name that is not UTF-8 is listed by its bytes
    /// (<see cref="RawFileNames"/>), shown decoded as GB18030, and its bytes kept in <paramref name="raw"/> under the path
    /// returned.
    /// </summary>
    private static IEnumerable<string> Walk(string root, List<string> unreadable, Dictionary<string, byte[]> raw, byte[]? rawRoot = null)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        var folders = new Stack<(string Path, byte[]? Raw)>();
        folders.Push((root, rawRoot));
        while (folders.Count > 0)
        {
            var (folder, rawFolder) = folders.Pop();
            if (rawFolder != null)
            {
                // A folder whose own name is not UTF-8: .NET cannot list it, so every entry comes by its bytes.
                var listed = RawFileNames.List(rawFolder);
                if (listed == null) unreadable.Add(folder);
                foreach (var file in RawEntries(folder, rawFolder, listed ?? [], folders, raw)) yield return file;
                continue;
            }
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                unreadable.Add(folder);
                continue;
            }
            bool lossy = false;
            foreach (var entry in entries)
            {
                if (RawFileNames.Supported && RawFileNames.IsLossy(entry.Name))
                {
                    lossy = true;
                    continue;
                }
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget == null) folders.Push((directory.FullName, null));
                }
                else yield return entry.FullName;
            }
            if (!lossy) continue;
            // The names .NET could not decode, again by their bytes.
            var folderBytes = System.Text.Encoding.UTF8.GetBytes(folder);
            var undecodable = (RawFileNames.List(folderBytes) ?? []).Where(e => !IsUtf8(e.Name)).ToList();
            foreach (var file in RawEntries(folder, folderBytes, undecodable, folders, raw)) yield return file;
        }

        static bool IsUtf8(byte[] name) => System.Text.Unicode.Utf8.IsValid(name);
    }

    private static IEnumerable<string> RawEntries(string folder, byte[] rawFolder, List<(byte[] Name, RawFileNames.EntryType Type)> entries,
        Stack<(string Path, byte[]? Raw)> folders, Dictionary<string, byte[]> raw)
    {
        foreach (var (name, type) in entries)
        {
            var path = System.IO.Path.Combine(folder, RawFileNames.Display(name));
            var bytes = RawFileNames.Join(rawFolder, name);
            if (type == RawFileNames.EntryType.Folder)
                folders.Push((path, bytes));
            else
            {
                // A link is listed as a file: a link to a folder then fails as unreadable when read, never followed.
                raw[path] = bytes;
                yield return path;
            }
        }
    }

    /// <summary>A name too long for a file system (over <see cref="MaxNameBytes"/> UTF-8 bytes) cut to fit, with eight
    /// hex digits of its SHA-256 so that names cut alike stay apart.</summary>
    internal static string Shorten(string name)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= MaxNameBytes) return name;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8];
        var extension = System.IO.Path.GetExtension(name);
        if (System.Text.Encoding.UTF8.GetByteCount(extension) > 16) extension = "";
        int budget = MaxNameBytes - 10 - System.Text.Encoding.UTF8.GetByteCount(extension);
        var kept = new System.Text.StringBuilder();
        int bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if ((bytes += rune.Utf8SequenceLength) > budget) break;
            kept.Append(rune.ToString());
        }
        return $"{kept}~{hash}{extension}";
    }

    /// <summary>The workbooks that belong to a main file, by the rule of <see cref="Group"/> applied to its folder;
    /// none for a file that is not a main file or whose folder cannot be listed.</summary>
    public static IReadOnlyList<string> AttachmentsOf(string mainPath)
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
    /// that hold no figures (<see cref="Ingest.WorkbookSniffer"/>), are reports of their own.
    /// </summary>
    private static IEnumerable<(string Main, IReadOnlyList<string> Attachments)> Group(IReadOnlyList<string> folderFiles)
    {
        var mains = folderFiles.Where(IsMain).ToList();
        // A workbook without figures (a reviewer's checklist beside the report it checks) is a document of its own.
        var workbooks = folderFiles.Where(f => IsWorkbook(f) && Ingest.WorkbookSniffer.HoldsFigures(f)).ToList();
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

    private static bool IsCandidate(string file) =>
        ReportPipeline.ReportExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant());

    /// <summary>An Office lock file (~$报告.docx): listed as a report that could not be read, never attached.</summary>
    internal static bool IsLockFile(string file) => System.IO.Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal);

    private static bool IsMain(string file) =>
        IsCandidate(file) && !IsWorkbook(file) && !IsLockFile(file);

    private static bool IsWorkbook(string file) =>
        ReportPipeline.WorkbookExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant()) && !IsLockFile(file);
}
