using System.Globalization;
using System.Runtime.InteropServices;
using PerfEvalIngest.Cli;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>The advice lands on the collector's heap: after it, the kernel's record of the mapping that holds a newly
/// allocated object carries the huge-page flag ("hg" among its VmFlags in /proc/self/smaps).</summary>
public sealed class CollectorHugePagesTests
{
    [HugePagesFact]
    public void The_heap_that_holds_a_new_object_is_advised()
    {
        CollectorHugePages.Advise();
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        ulong address;
        try
        {
            address = (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
        Assert.Contains("hg", FlagsOfMappingHolding(address));
    }

    /// <summary>The VmFlags of the mapping <paramref name="address"/> lies in.</summary>
    private static string[] FlagsOfMappingHolding(ulong address)
    {
        bool inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var first = line.Split(' ', 2)[0];
            if (first.Contains('-') && !first.EndsWith(':'))
            {
                var range = first.Split('-');
                inside = ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) <= address
                         && address < ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        Assert.Fail($"no mapping holds 0x{address:x}");
        return [];
    }
}

/// <summary>A fact about transparent huge pages; skipped, with the reason, where the system has none.</summary>
public sealed class HugePagesFactAttribute : FactAttribute
{
    public HugePagesFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/smaps") || !Directory.Exists("/sys/kernel/mm/transparent_hugepage"))
            Skip = "needs Linux with transparent huge pages and /proc/self/smaps";
    }
}
