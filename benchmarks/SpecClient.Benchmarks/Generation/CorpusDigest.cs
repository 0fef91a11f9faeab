using System.Security.Cryptography;
using System.Text;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// `--corpus-digest`: every corpus spec (the multi-file one with its parts, as the build passes them) read and
/// emitted in this process; prints each spec's counts, every diagnostic with its place, and a hash of the model
/// and of the emitted text. Two runs diff to nothing when a change to the reader keeps its results exactly.
/// </summary>
internal static class CorpusDigest
{
    public static int Run()
    {
        var specs = Directory.GetFiles(Paths.Corpus, "*.yaml").Concat(Directory.GetFiles(Paths.Corpus, "*.json"))
            .Select(Path.GetFileName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .Append("digitalocean/DigitalOcean-public.v2.yaml");
        foreach (var spec in specs)
        {
            var path = Path.Combine(Paths.Corpus, spec!);
            var result = SpecReader.Read(new SpecInput
            {
                Entry = new SpecDocument(path, File.ReadAllText(path)),
                OtherDocuments = new EquatableArray<SpecDocument>(PartsOf(path)),
                Options = new ClientOptions { ClassName = "BenchClient", Namespace = "Bench.Api" },
            });
            // Read and bound as the pipeline does: the binder's findings located with the reader's places.
            var bound = result.Spec is { } read ? SpecClient.Generator.Binding.ClientBinder.Bind(read) : null;
            var files = bound is not null ? SourceEmitter.Emit(bound.Client, new EmitOptions(DependencyInjection: false)) : [];
            var text = string.Concat(files.Select(f => f.HintName + "\n" + f.Text));
            Console.WriteLine($"## {spec}: types={bound?.Client.Types.Count} operations={bound?.Client.Operations.Count} files={files.Count} chars={text.Length:N0} emitted-sha256={Hash(text)}");
            var diagnostics = result.Diagnostics.Concat(bound is null ? [] : result.Places.Locate(result.Spec!.SpecPath, bound.Findings));
            foreach (var d in diagnostics.OrderBy(d => d.Location?.FilePath).ThenBy(d => d.Location?.StartLine).ThenBy(d => d.Location?.StartColumn).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var at = d.Location is { } l ? $"{Path.GetRelativePath(Paths.Corpus, l.FilePath)}({l.StartLine},{l.StartColumn})-({l.EndLine},{l.EndColumn})" : "(no place)";
                Console.WriteLine($"  {d.Id} {at} {string.Join(" | ", d.MessageArgs)}");
            }
        }

        return 0;
    }

    /// <summary>A spec in its own folder is split over files; the others are supplied as the build would.</summary>
    private static IEnumerable<SpecDocument> PartsOf(string entry)
    {
        var folder = Path.GetDirectoryName(entry)!;
        if (Path.GetFullPath(folder) == Path.GetFullPath(Paths.Corpus))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories)
            .Where(f => f != entry)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecDocument(f, File.ReadAllText(f)))
            .ToList();
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
