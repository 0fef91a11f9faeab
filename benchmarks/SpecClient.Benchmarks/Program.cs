using BenchmarkDotNet.Running;
using SpecClient.Benchmarks.Calls;
using SpecClient.Benchmarks.Generation;

namespace SpecClient.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's switcher (e.g. --filter '*Generation*'), or one of:
    /// --steps SPEC (tracked step reasons), --generate SPEC [DIR] (one cold generation; DIR gets the sources), --peak CLIENT POOLS (peak memory of one large list), --spin ROW CLIENT SECONDS (one call row in a loop, for perf), --cpu-probe [ROUNDS] (per-call thread CPU time against the floor, for a loaded machine), --corpus-digest (every corpus spec's diagnostics and output hash).
    /// </summary>
    public static int Main(string[] args) => args switch
    {
        ["--steps", var spec] => StepReport.Steps(spec),
        ["--profile", var spec] => Generation.PhaseProfile.Run(spec, 3),
        ["--profile", var spec, var rounds] => Generation.PhaseProfile.Run(spec, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
        ["--corpus-digest"] => Generation.CorpusDigest.Run(),
        ["--generate", var spec] => StepReport.Generate(spec),
        ["--generate", var spec, var dumpTo] => StepReport.Generate(spec, dumpTo),
        ["--compile", var dir] => CompileProbe.Run(dir, stubConverters: false),
        ["--compile", var dir, "stub-converters"] => CompileProbe.Run(dir, stubConverters: true),
        ["--alloc-probe"] => AllocationProbe.Run(),
        ["--time-probe"] => TimeProbe.Run(30),
        ["--time-probe", var rounds] => TimeProbe.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
        ["--cpu-probe"] => CpuTimeProbe.Run(40),
        ["--cpu-probe", var rounds] => CpuTimeProbe.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
        ["--spin", var row, var client, var seconds] => SpinProbe.Run(row, client, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
        ["--telemetry-probe"] => TelemetryTimeProbe.Run(30),
        ["--parse-probe"] => ParseProbe.Run(1000),
        ["--parse-probe", var pools] => ParseProbe.Run(int.Parse(pools, System.Globalization.CultureInfo.InvariantCulture)),
        ["--peak", var client, var pools] => PeakMemory.Run(client, int.Parse(pools, System.Globalization.CultureInfo.InvariantCulture)),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
