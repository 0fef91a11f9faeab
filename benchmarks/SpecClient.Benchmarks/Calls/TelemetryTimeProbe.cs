using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--telemetry-probe [ROUNDS]`: per-call time of a SpecClient list and create call with nobody listening and with an
/// ActivityListener and a MeterListener on the SpecClient source and meter, alternating in short rounds (the same
/// load for both) and keeping each side's best round, as <see cref="TimeProbe"/> does.
/// </summary>
internal static class TelemetryTimeProbe
{
    public static int Run(int rounds)
    {
        var one = new Clients(1);
        Action list = () => one.ListAsync("specclient").GetAwaiter().GetResult();
        Action create = () => one.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult();
        for (var pass = 0; pass < 3; pass++)
        {
            Row("list, 1 pool", list, 20, quiet: true);
            Row("create", create, 20, quiet: true);
            Thread.Sleep(500);
        }

        Row("list, 1 pool", list, rounds, quiet: false);
        Row("create", create, rounds, quiet: false);
        return 0;
    }

    private static void Row(string name, Action call, int rounds, bool quiet)
    {
        double bestOff = double.MaxValue, bestOn = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            bestOff = Math.Min(bestOff, TimeProbe.Time(call, 200));
            using (Listen())
            {
                bestOn = Math.Min(bestOn, TimeProbe.Time(call, 200));
            }
        }

        if (!quiet)
        {
            Console.WriteLine($"{name,-16} nobody listening {bestOff,8:F2} µs   Activity and duration listened to {bestOn,8:F2} µs   ratio {bestOn / bestOff:F2}");
        }
    }

    private static IDisposable Listen()
    {
        var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ApiTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(activities);
        var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ApiTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        meters.Start();
        return new Both(activities, meters);
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
