using System.Diagnostics;
using System.Text.Json;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--parse-probe [POOLS]`: time and bytes per deserialization of a list body (default 1,000 pools), in this thread:
/// SpecClient's JsonTypeInfo through DeserializeAsync over a stream (what ApiHttp does today), the same JsonTypeInfo
/// over the whole body as a span (the buffered alternative), and the floor's STJ source-generated metadata
/// through DeserializeAsync. Median of 15 batches of 200.
/// </summary>
internal static class ParseProbe
{
    public static int Run(int pools)
    {
        var body = Payloads.List(pools);
        var specClient = Prolific.Credentials.ProlificCredentialsClientJsonContext.Default.TypeInfo<Prolific.Credentials.ListCredentialPoolsResponse>();
        Row("SpecClient JsonTypeInfo, DeserializeAsync(stream)", () => JsonSerializer.DeserializeAsync(new MemoryStream(body), specClient).AsTask().GetAwaiter().GetResult());
        Row("SpecClient JsonTypeInfo, Deserialize(span of the whole body)", () => JsonSerializer.Deserialize(body.AsSpan(), specClient));
        Row("floor STJ source gen, DeserializeAsync(stream)", () => JsonSerializer.DeserializeAsync(new MemoryStream(body), FloorJsonContext.Default.FloorListResponse).AsTask().GetAwaiter().GetResult());
        Row("floor STJ source gen, Deserialize(span)", () => JsonSerializer.Deserialize(body.AsSpan(), FloorJsonContext.Default.FloorListResponse));
        return 0;
    }

    private static void Row(string what, Func<object?> action)
    {
        const int Batch = 200;
        for (var i = 0; i < Batch; i++)
        {
            action();
        }

        var times = new List<double>();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        for (var b = 0; b < 15; b++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Batch; i++)
            {
                action();
            }

            times.Add(watch.Elapsed.TotalMilliseconds * 1000 / Batch);
        }

        bytes = (GC.GetAllocatedBytesForCurrentThread() - bytes) / (15 * Batch);
        times.Sort();
        Console.WriteLine($"{times[times.Count / 2],9:F1} µs {bytes,9:N0} B  {what}");
    }
}
