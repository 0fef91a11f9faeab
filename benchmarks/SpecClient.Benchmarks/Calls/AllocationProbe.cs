using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SpecClient.Internal;

namespace SpecClient.Benchmarks.Calls;

/// <summary>
/// `--alloc-probe`: bytes allocated per call by each piece of a SpecClient call next to the floor's equivalent,
/// measured with GC.GetAllocatedBytesForCurrentThread over 10,000 calls (everything here completes synchronously,
/// so it stays on this thread). Used to find where SpecClient's extra bytes per call come from.
/// </summary>
internal static class AllocationProbe
{
    private const int N = 10_000;

    public static int Run()
    {
        var baseAddress = new Uri(Payloads.BaseUrl);
        var http = new HttpClient(new InMemoryHandler(Payloads.List(1), Payloads.Created)) { BaseAddress = baseAddress };
        var list = Payloads.List(1);
        var path = "api/v1/credentials/?workspace_id=" + Payloads.WorkspaceId;

        Row("request message alone (reference)", () => { using var r = new HttpRequestMessage(); });
        Row("SpecClient: ApiQueryBuilder.Add + ToString + path concat", () =>
        {
            var q = new ApiQueryBuilder();
            q.Add("workspace_id", Payloads.WorkspaceId);
            _ = "/api/v1/credentials/" + q.ToString();
        });
        Row("floor: path concat with Uri.EscapeDataString", () => _ = "api/v1/credentials/?workspace_id=" + Uri.EscapeDataString(Payloads.WorkspaceId));
        Row("SpecClient: ApiUri.Create(BaseAddress, DefaultBaseUrl, path)", () => _ = ApiUri.Create(baseAddress, "https://api.prolific.com", "/" + path));
        Row("floor: relative Uri + HttpClient's new Uri(base, relative)", () => _ = new Uri(baseAddress, new Uri(path, UriKind.Relative)));
        Row("SpecClient: ApplyHttpToken (new request incl.)", () => { using var r = new HttpRequestMessage(); ApiSecurity.ApplyHttpToken(r, "Token", Payloads.Token); });
        var auth = "Token " + Payloads.Token;
        Row("floor: TryAddWithoutValidation(Authorization) (new request incl.)", () => { using var r = new HttpRequestMessage(); r.Headers.TryAddWithoutValidation("Authorization", auth); });
        Row("SpecClient: Accept.ParseAdd (new request incl.)", () => { using var r = new HttpRequestMessage(); r.Headers.Accept.ParseAdd("application/json"); });
        Row("floor: TryAddWithoutValidation(Accept) (new request incl.)", () => { using var r = new HttpRequestMessage(); r.Headers.TryAddWithoutValidation("Accept", "application/json"); });

        Row("SpecClient: ApiContent.Json + CopyTo(Stream.Null) (new request incl.)", () =>
        {
            using var r = new HttpRequestMessage();
            r.Content = ApiContent.Json(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }, Prolific.Credentials.ProlificCredentialsClientJsonContext.Default.TypeInfo<Prolific.Credentials.CreateCredentialPoolRequest>(), "application/json");
            r.Content.CopyToAsync(Stream.Null).GetAwaiter().GetResult();
        });
        Row("floor: JsonContent.Create + CopyTo(Stream.Null) (new request incl.)", () =>
        {
            using var r = new HttpRequestMessage();
            r.Content = System.Net.Http.Json.JsonContent.Create(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }, FloorJsonContext.Default.FloorCreateRequest);
            r.Content.CopyToAsync(Stream.Null).GetAwaiter().GetResult();
        });
        var operationKey = new HttpRequestOptionsKey<string>("SpecClient.OperationId");
        Row("SpecClient: request.Options.Set(operation id) (new request incl.)", () => { using var r = new HttpRequestMessage(); r.Options.Set(operationKey, "list-credential-pools"); });
        Row("SpecClient: update path, ApiPath.Escape + concat", () => _ = "/api/v1/credentials/" + ApiPath.Escape(Payloads.CredentialPoolId) + "/");

        HttpResponseMessage Response()
        {
            var content = new ByteArrayContent(list);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }

        Row("response message alone (reference)", () => { using var r = Response(); });
        Row("SpecClient: ApiHttp.ReadJsonAsync (response incl.)", () =>
        {
            using var r = Response();
            _ = ApiHttp.ReadJsonAsync(r, Prolific.Credentials.ProlificCredentialsClientJsonContext.Default.TypeInfo<Prolific.Credentials.ListCredentialPoolsResponse>(), "list-credential-pools", default).GetAwaiter().GetResult();
        });
        Row("SpecClient: JsonSerializer.DeserializeAsync with its JsonTypeInfo (response incl.)", () =>
        {
            using var r = Response();
            using var s = r.Content.ReadAsStream();
            _ = JsonSerializer.DeserializeAsync(s, Prolific.Credentials.ProlificCredentialsClientJsonContext.Default.TypeInfo<Prolific.Credentials.ListCredentialPoolsResponse>()).AsTask().GetAwaiter().GetResult();
        });
        Row("floor: JsonSerializer.DeserializeAsync, STJ source gen (response incl.)", () =>
        {
            using var r = Response();
            using var s = r.Content.ReadAsStream();
            _ = JsonSerializer.DeserializeAsync(s, FloorJsonContext.Default.FloorListResponse).AsTask().GetAwaiter().GetResult();
        });
        Row("SpecClient: ApiHttp.SendAsync (request + in-memory response incl.)", () =>
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, path);
            using var resp = ApiHttp.SendAsync(http, req, "list-credential-pools", default).GetAwaiter().GetResult();
        });
        Row("floor: HttpClient.SendAsync (request + in-memory response incl.)", () =>
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, path);
            using var resp = http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        });
        var clients = new Clients(1);
        Row("whole list call, 1 pool: floor", () => clients.ListAsync("floor").GetAwaiter().GetResult());
        Row("whole list call, 1 pool: SpecClient", () => clients.ListAsync("specclient").GetAwaiter().GetResult());
        Row("whole list call, 1 pool: NSwag", () => clients.ListAsync("nswag").GetAwaiter().GetResult());
        Row("whole create call: floor", () => clients.Floor.CreateCredentialPoolAsync(new FloorCreateRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult());
        Row("whole create call: SpecClient", () => clients.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult());
        Row("whole update call: floor", () => clients.Floor.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new FloorUpdateRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult());
        Row("whole update call: SpecClient", () => clients.SpecClient.UpdateCredentialPoolAsync(Payloads.CredentialPoolId, new Prolific.Credentials.UpdateCredentialPoolRequest { Credentials = Payloads.Credentials }).GetAwaiter().GetResult());
        var many = new Clients(1000);
        Row("whole list call, 1,000 pools: floor", () => many.ListAsync("floor").GetAwaiter().GetResult());
        Row("whole list call, 1,000 pools: SpecClient", () => many.ListAsync("specclient").GetAwaiter().GetResult());
        var chunk = "{\"index\":17,\"delta\":\"token \"}"u8.ToArray();
        Row("stream, one event's data: SpecClient's ChatChunk converter", () => JsonSerializer.Deserialize(chunk, Streams.Api.StreamsClientJsonContext.Default.TypeInfo<Streams.Api.ChatChunk>()));
        Row("stream, one event's data: floor's STJ source gen", () => JsonSerializer.Deserialize(chunk, FloorStreamJson.Default.FloorChunk));
        var streams = new StreamBenchmarks();
        streams.Setup();
        Row("whole stream call, 1,000 events: floor", () => streams.Floor().GetAwaiter().GetResult());
        Row("whole stream call, 1,000 events: SpecClient", () => streams.SpecClient().GetAwaiter().GetResult());
        var distinct = new StreamBenchmarks { DistinctDeltas = true };
        distinct.Setup();
        Row("whole stream call, 1,000 events, every delta different: floor", () => distinct.Floor().GetAwaiter().GetResult());
        Row("whole stream call, 1,000 events, every delta different: SpecClient", () => distinct.SpecClient().GetAwaiter().GetResult());

        // Last, so that no row above runs with a listener: what a call costs when its Activity and duration are recorded.
        using var activities = new System.Diagnostics.ActivityListener
        {
            // Each generated client reports under its own name (its TelemetryName), not ApiTelemetry.SourceName.
            ShouldListenTo = source => source.Name == Prolific.Credentials.ProlificCredentialsClient.TelemetryName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(activities);
        using var meters = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Prolific.Credentials.ProlificCredentialsClient.TelemetryName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        meters.Start();
        Row("whole list call, 1 pool: SpecClient, Activity and duration listened to", () => clients.ListAsync("specclient").GetAwaiter().GetResult());
        Row("whole create call: SpecClient, Activity and duration listened to", () => clients.SpecClient.CreateCredentialPoolAsync(new Prolific.Credentials.CreateCredentialPoolRequest { Credentials = Payloads.Credentials, WorkspaceId = Payloads.WorkspaceId }).GetAwaiter().GetResult());
        return 0;
    }

    private static void Row(string what, Action action)
    {
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++)
        {
            action();
        }

        Console.WriteLine($"{(GC.GetAllocatedBytesForCurrentThread() - before) / (double)N,8:F0} B  {what}");
    }
}
