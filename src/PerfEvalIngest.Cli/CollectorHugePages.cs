using System.Globalization;
using System.Runtime.InteropServices;

namespace PerfEvalIngest.Cli;

/// <summary>
/// Asks Linux to back the collector's heap with 2 MB pages (<c>madvise(MADV_HUGEPAGE)</c>) where transparent huge
/// pages are left to the program ("madvise" in /sys/kernel/mm/transparent_hugepage/enabled, as on this machine).
/// A one-file process allocates about 100 MB of fresh memory and collects none of it (<see cref="OneFileRun"/>): in
/// 4 KB pages that is some 20,000 page faults, which took about a third of its processor time in a profile. Where the
/// system already gives huge pages to every program, or never, the advice changes nothing.
/// </summary>
internal static class CollectorHugePages
{
    private const int MadviseHugePage = 14;

    /// <summary>Gives the advice for the heap's whole reservation: the run of adjacent anonymous mappings around an
    /// object just allocated. Fails silently: the advice is an optimisation, never a condition.</summary>
    public static void Advise()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            var (start, end) = HeapReservation(Address(new byte[64]));
            if (end > start) _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc, or no C library to call: the heap stays in small pages.
        }
    }

    private static ulong Address(byte[] probe)
    {
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The mapping that holds <paramref name="address"/>, extended over the anonymous mappings that adjoin it
    /// (the collector reserves its range at once and commits it piece by piece, which splits it into several).</summary>
    private static (ulong Start, ulong End) HeapReservation(ulong address)
    {
        var mappings = new List<(ulong Start, ulong End, bool Anonymous)>();
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var range = fields[0].Split('-');
            mappings.Add((ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), fields.Length < 6));
        }
        var at = mappings.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !mappings[at].Anonymous) return (0, 0);
        var (first, last) = (at, at);
        while (first > 0 && mappings[first - 1].Anonymous && mappings[first - 1].End == mappings[first].Start) first--;
        while (last + 1 < mappings.Count && mappings[last + 1].Anonymous && mappings[last + 1].Start == mappings[last].End) last++;
        return (mappings[first].Start, mappings[last].End);
    }

    // Every argument is blittable, so the call needs no marshalling code.
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
