using System.Diagnostics;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--time-probe [ROUNDS]`: per-call time of SpecClient against the floor for each call row, for a loaded machine.
/// Floor and SpecClient alternate in short rounds (so both see the same load), and each side's best round is kept:
/// the best of many rounds is what the code costs when the other processes leave the core alone. Not a substitute for
/// BenchmarkDotNet on a quiet machine; a cross-check when the load average is far above the core count.
/// </summary>
internal static class TimeProbe
{
    public static int Run(int rounds)
    {
        var one = new Clients(1);
        var many = new Clients(1000);
        var streams = new StreamBenchmarks();
        streams.Setup();
        var distinct = new StreamBenchmarks { DistinctDeltas = true };
        distinct.Setup();
        // Quiet passes first, so every row runs optimized code (tiered JIT, given time to finish) when it is measured.
        for (var pass = 0; pass < 3; pass++)
        {
            Rows(20, quiet: true, one, many, streams, distinct);
            Thread.Sleep(500);
        }

        Rows(rounds, quiet: false, one, many, streams, distinct);

        return 0;
    }

    private static void Rows(int rounds, bool quiet, Clients one, Clients many, StreamBenchmarks streams, StreamBenchmarks distinct)
    {
        var chunk = "{\"index\":17,\"delta\":\"token \"}"u8.ToArray();
        Row("one event's data (JSON)", 2000, rounds, quiet,
            () => System.Text.Json.JsonSerializer.Deserialize(chunk, FloorStreamJson.Default.FloorChunk),
            () => System.Text.Json.JsonSerializer.Deserialize(chunk, Streams.Api.StreamsClientJsonContext.Default.TypeInfo<Streams.Api.ChatChunk>()));
        Row("create", 200, rounds, quiet,
            () => one.Floor.CreateCredentialPoolAsync(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult(),
            () => one.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult());
        Row("list, 1 pool", 200, rounds, quiet, () => one.ListAsync("floor").GetAwaiter().GetResult(), () => one.ListAsync("specclient").GetAwaiter().GetResult());
        Row("list, 1,000 pools", 2, rounds, quiet, () => many.ListAsync("floor").GetAwaiter().GetResult(), () => many.ListAsync("specclient").GetAwaiter().GetResult());
        Row("update", 200, rounds, quiet,
            () => one.Floor.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorUpdateRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult(),
            () => one.SpecClient.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.Credentials.UpdateCredentialPoolRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult());
        Row("stream, 1,000 events", 2, rounds, quiet, () => streams.Floor().GetAwaiter().GetResult(), () => streams.SpecClient().GetAwaiter().GetResult());
        Row("stream, distinct deltas", 2, rounds, quiet, () => distinct.Floor().GetAwaiter().GetResult(), () => distinct.SpecClient().GetAwaiter().GetResult());
    }

    private static void Row(string name, int calls, int rounds, bool quiet, Action floor, Action specClient)
    {
        double bestFloor = double.MaxValue, bestSpec = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            bestFloor = Math.Min(bestFloor, Time(floor, calls));
            bestSpec = Math.Min(bestSpec, Time(specClient, calls));
        }

        if (quiet)
        {
            return;
        }

        Console.WriteLine($"{name,-24} floor {bestFloor,10:F2} µs   SpecClient {bestSpec,10:F2} µs   ratio {bestSpec / bestFloor:F2}");
    }

    /// <summary>Microseconds per call of <paramref name="action"/> over <paramref name="calls"/> calls, after one unmeasured call.</summary>
    internal static double Time(Action action, int calls)
    {
        action();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }
}
