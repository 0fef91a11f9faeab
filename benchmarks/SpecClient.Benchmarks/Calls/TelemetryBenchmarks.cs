using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// One list call (1 pool) through SpecClient with nobody listening and with the client's ActivitySource and duration
/// histogram listened to (all data recorded), against the hand-written floor in the same run.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob]
public class TelemetryBenchmarks
{
    private Clients _clients = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _clients = new Clients(1);
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Prolific.Credentials.ProlificCredentialsClient.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Prolific.Credentials.ProlificCredentialsClient.TelemetryName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "floor (HttpClient + STJ source gen, classes)")]
    public async Task<int> Floor() => (await _clients.Floor.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count;

    [Benchmark(Description = "SpecClient")]
    public async Task<int> SpecClient() => (await _clients.SpecClient.ListCredentialPoolsAsync(Payloads.WorkspaceId)).CredentialPools!.Count;
}
