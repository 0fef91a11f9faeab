using System.Runtime.InteropServices;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--cpu-probe [ROUNDS]`: per-call thread CPU time of SpecClient against the floor for the create, list of 1 and update
/// rows (Linux). Time spent off the core while other processes run is not counted, which keeps the ratio steadier on a
/// loaded machine than wall-clock rounds; contention for caches and the core itself still moves it. Floor and SpecClient
/// alternate in rounds of 500 calls; the 10th percentile and the median of the rounds are printed.
/// </summary>
internal static class CpuTimeProbe
{
    public static int Run(int rounds)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("--cpu-probe reads CLOCK_THREAD_CPUTIME_ID: Linux only.");
            return 1;
        }

        var one = new Clients(1);
        (string Name, Action Floor, Action SpecClient)[] rows =
        [
            ("create",
                () => one.Floor.CreateCredentialPoolAsync(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult(),
                () => one.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult()),
            ("list-1", () => one.ListAsync("floor").GetAwaiter().GetResult(), () => one.ListAsync("specclient").GetAwaiter().GetResult()),
            ("update",
                () => one.Floor.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorUpdateRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult(),
                () => one.SpecClient.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.Credentials.UpdateCredentialPoolRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult()),
        ];

        // Warm-up long enough for tiered compilation to finish on every row.
        foreach (var row in rows)
        {
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 1500)
            {
                row.Floor();
                row.SpecClient();
            }
        }

        Thread.Sleep(300);
        foreach (var (name, floor, specClient) in rows)
        {
            var floorTimes = new List<double>(rounds);
            var specTimes = new List<double>(rounds);
            for (var round = 0; round < rounds; round++)
            {
                floorTimes.Add(PerCall(floor));
                specTimes.Add(PerCall(specClient));
            }

            floorTimes.Sort();
            specTimes.Sort();
            double P10(List<double> times) => times[(times.Count - 1) / 10];
            double Median(List<double> times) => times[(times.Count - 1) / 2];
            Console.WriteLine($"{name,-8} floor p10 {P10(floorTimes),7:F1} med {Median(floorTimes),7:F1} ns   SpecClient p10 {P10(specTimes),7:F1} med {Median(specTimes),7:F1} ns   ratio p10 {P10(specTimes) / P10(floorTimes):F3} med {Median(specTimes) / Median(floorTimes):F3}");
        }

        return 0;
    }

    private static double PerCall(Action action)
    {
        const int Calls = 500;
        long started = ThreadCpuNanoseconds();
        for (var i = 0; i < Calls; i++)
        {
            action();
        }

        return (ThreadCpuNanoseconds() - started) / (double)Calls;
    }

    private static long ThreadCpuNanoseconds()
    {
        _ = clock_gettime(ClockThreadCpuTime, out Timespec time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);
}
