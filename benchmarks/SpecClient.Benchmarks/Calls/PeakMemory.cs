using System.Diagnostics;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--peak CLIENT POOLS`: in a fresh process, one warm-up list call of 1 pool, then one list call answering POOLS pools;
/// prints the bytes that call allocated and the process's peak resident set (VmHWM) grown over the warm-up's.
/// The response bytes themselves are held by the handler in every case (same for all clients).
/// </summary>
internal static class PeakMemory
{
    public static int Run(string client, int pools)
    {
        var clients = new Clients(pools);
        var small = new Clients(1);
        small.ListAsync(client).GetAwaiter().GetResult();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var hwmBefore = VmHwmKb();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var count = clients.ListAsync(client).GetAwaiter().GetResult();
        var elapsed = stopwatch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var hwmAfter = VmHwmKb();
        Console.WriteLine($"{client}\tpools={count}\tallocated_MB={allocated / 1048576.0:F1}\tpeak_rss_growth_MB={(hwmAfter - hwmBefore) / 1024.0:F1}\tpeak_rss_MB={hwmAfter / 1024.0:F1}\tms={elapsed.TotalMilliseconds:F0}");
        return 0;
    }

    private static long VmHwmKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
