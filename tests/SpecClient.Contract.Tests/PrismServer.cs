using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Contract.Tests;

/// <summary>
/// Stoplight Prism mocking one spec on 127.0.0.1, with request validation on. Prism is an independent
/// implementation of OpenAPI: a request it finds invalid comes back with an <c>sl-violations</c> header.
/// Installed once with npm into a per-user cache folder.
/// </summary>
public sealed class PrismServer : IAsyncDisposable
{
    private const string PrismVersion = "5.16.0";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log;

    private PrismServer(Process process, Uri baseAddress, ConcurrentQueue<string> log)
    {
        _process = process;
        BaseAddress = baseAddress;
        _log = log;
    }

    public Uri BaseAddress { get; }

    public string Log => string.Join("\n", _log);

    public static async Task<PrismServer> StartAsync(string specPath)
    {
        var prism = await EnsureInstalledAsync();
        var port = FreePort();
        var log = new ConcurrentQueue<string>();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { prism, "mock", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), specPath })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            log.Enqueue(e.Data);
            if (e.Data.Contains("Prism is listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                log.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != listening.Task)
        {
            var server = new PrismServer(process, new Uri("http://127.0.0.1/"), log);
            await server.DisposeAsync();
            throw new InvalidOperationException("Prism did not start:\n" + string.Join("\n", log));
        }

        return new PrismServer(process, new Uri($"http://127.0.0.1:{port}/"), log);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var folder = Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "specclient", "prism-" + PrismVersion);
        var entry = Path.Combine(folder, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(entry))
            {
                return entry;
            }

            Directory.CreateDirectory(folder);
            var install = new ProcessStartInfo("npm")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--prefix", folder, "@stoplight/prism-cli@" + PrismVersion })
            {
                install.ArgumentList.Add(argument);
            }

            using var process = Process.Start(install) ?? throw new InvalidOperationException("Could not start npm.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !File.Exists(entry))
            {
                throw new InvalidOperationException($"npm install of Prism failed ({process.ExitCode}):\n{await output}\n{await error}");
            }

            return entry;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
