namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--spin ROW CLIENT SECONDS`: calls one row (create, update, list, list-1000) of one client (floor, specclient) in a
/// loop for a while and nothing else, for a sampling profiler (`DOTNET_PerfMapEnabled=1 perf record -g`).
/// </summary>
internal static class SpinProbe
{
    public static int Run(string row, string client, double seconds)
    {
        var clients = new Clients(row == "list-1000" ? 1000 : 1);
        var floor = client == "floor";
        Action call = row switch
        {
            "create" when floor => () => clients.Floor.CreateCredentialPoolAsync(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult(),
            "create" => () => clients.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult(),
            "update" when floor => () => clients.Floor.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorUpdateRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult(),
            "update" => () => clients.SpecClient.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.Credentials.UpdateCredentialPoolRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult(),
            "list" or "list-1000" => () => clients.ListAsync(floor ? "floor" : "specclient").GetAwaiter().GetResult(),
            _ => throw new ArgumentException("Rows: create, update, list, list-1000"),
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long calls = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                call();
            }

            calls += 1000;
        }

        Console.WriteLine($"{row} {client}: {calls:N0} calls, {watch.Elapsed.TotalMicroseconds / calls:F3} µs per call");
        return 0;
    }
}
