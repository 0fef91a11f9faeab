using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpecClient.Benchmarks;

/// <summary>
/// 3 warm-up and 10 measured iterations, run in this process (InProcessEmitToolchain). In-process because the
/// machine has 2 cores shared with other builds and because BenchmarkDotNet's default out-of-process toolchain
/// rebuilds the whole project graph, including src/ that others are editing at the same time: the benchmark
/// measures exactly the binaries this project was built with.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortInProcessJobAttribute(bool monitoring = false)
    : JobConfigBaseAttribute(CreateJob(monitoring))
{
    private static Job CreateJob(bool monitoring)
    {
        var job = new Job(monitoring ? "Monitoring-3x10" : "Throughput-3x10")
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance);
        return monitoring ? job.WithStrategy(RunStrategy.Monitoring) : job;
    }
}
