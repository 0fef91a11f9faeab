using System.Diagnostics;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--peak CLIENT POOLS`: in a fresh process, one warm-up list call of 1 pool, then one list call answering POOLS pools;
/// prints the bytes that call allocated and how far the process's resident set peaked (VmHWM, reset just before
/// the call) above its resident set at the start of the call.
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
        // Reset the peak resident set to the current one (Linux: "5" to /proc/self/clear_refs), so the peak below is
        // this call's, not the payload construction's.
        File.WriteAllText("/proc/self/clear_refs", "5");
        var hwmBefore = Status("VmRSS:");
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var count = clients.ListAsync(client).GetAwaiter().GetResult();
        var elapsed = stopwatch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var hwmAfter = Status("VmHWM:");
        Console.WriteLine($"{client}\tpools={count}\tallocated_MB={allocated / 1048576.0:F1}\tpeak_rss_above_start_MB={(hwmAfter - hwmBefore) / 1024.0:F1}\tpeak_rss_MB={hwmAfter / 1024.0:F1}\tms={elapsed.TotalMilliseconds:F0}");
        return 0;
    }

    private static long Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
