using PerfEvalIngest.Ingest;

namespace PerfEvalIngest.Batch;

/// <summary>What a batch checks: the command line's paths expanded to submissions, each with a unique output name.</summary>
public static class InputDiscovery
{
    /// <summary>The longest output name, in UTF-8 bytes, before the extensions (.json, .md) the outputs add: file
    /// systems allow 255 bytes for a name.</summary>
    internal const int MaxNameBytes = 200;


    /// <summary>Expands the command line's paths: files as given, folders searched recursively for report
    /// formats, with attachments grouped to their main file (see <see cref="SubmissionFiles"/>). Returns the inputs in a
    /// stable order and the paths that do not exist.</summary>
    public static (List<Submission> Inputs, List<string> Missing) Discover(IEnumerable<string> paths)
    {
        var inputs = new List<Submission>();
        var missing = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, System.IO.Path.GetFileName(path), SubmissionFiles.AttachmentsOf(path));
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
                .Where(SubmissionFiles.IsCandidate)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var folder in unreadable.Order(StringComparer.Ordinal))
                inputs.Add(new Submission(folder, Shorten(System.IO.Path.GetRelativePath(root, folder).Replace('\\', '/').Replace("/", "__") + "__（文件夹）"))
                {
                    Refused = DocumentModel.ReadError.Unreadable("文件夹无法打开，其中的文件未检查 / a folder that cannot be listed; its files were not checked"),
                });
            var grouped = files.GroupBy(f => System.IO.Path.GetDirectoryName(f) ?? "")
                .SelectMany(folder => SubmissionFiles.Group(folder.ToList()))
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
            inputs.Add(new Submission(file, unique) { Attachments = attachments, RawPath = rawPath });
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
}
