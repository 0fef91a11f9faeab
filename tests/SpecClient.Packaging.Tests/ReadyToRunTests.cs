using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace SpecClient.Packaging.Tests;

/// <summary>
/// The generator package's ReadyToRun images (r2r/&lt;rid&gt;/): precompiled for the right machine, left out of
/// analyzers/dotnet/cs/, and chosen by the package's props on a .NET SDK build of a shipped RID unless the project says no.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class ReadyToRunTests
{
    /// <summary>The RIDs the pack ships images for (Generator's SpecClientReadyToRunRuntimeIdentifiers) and the machine each image is for.</summary>
    public static readonly IReadOnlyDictionary<string, (Machine Architecture, ushort OperatingSystem)> ShippedRuntimeIdentifiers =
        new Dictionary<string, (Machine, ushort)>
        {
            // A ReadyToRun image's COFF machine is its architecture XOR a value naming its OS (the runtime's readytorun.h).
            ["linux-x64"] = (Machine.Amd64, 0x7B79),
            ["linux-arm64"] = (Machine.Arm64, 0x7B79),
            ["win-x64"] = (Machine.Amd64, 0x0000),
            ["osx-arm64"] = (Machine.Arm64, 0x4644),
        };

    private static readonly string[] Assemblies = { "SpecClient.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.YamlReader.dll", "SharpYaml.dll" };

    private readonly PackagesFixture _packages;

    public ReadyToRunTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void The_package_has_an_image_of_each_assembly_for_each_shipped_rid_and_plain_IL_analyzers()
    {
        using var zip = ZipFile.OpenRead(_packages.GeneratorPackage);
        var listing = string.Join('\n', zip.Entries.Select(e => e.FullName));

        var folders = zip.Entries.Where(e => e.FullName.StartsWith("r2r/", StringComparison.Ordinal))
            .Select(e => e.FullName.Split('/')[1]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(ShippedRuntimeIdentifiers.Keys.Order(StringComparer.Ordinal), folders);

        foreach (var assembly in Assemblies)
        {
            var il = Headers(zip, $"analyzers/dotnet/cs/{assembly}", listing);
            Assert.True(il.CorHeader!.ManagedNativeHeaderDirectory.Size == 0, $"analyzers/dotnet/cs/{assembly} is a ReadyToRun image; every host loads that folder, so it must be plain IL");
            Assert.True(il.CorHeader.Flags.HasFlag(CorFlags.ILOnly), $"analyzers/dotnet/cs/{assembly} is not IL only");

            foreach (var (rid, (architecture, operatingSystem)) in ShippedRuntimeIdentifiers)
            {
                var entry = $"r2r/{rid}/{assembly}";
                var image = Headers(zip, entry, listing);
                Assert.True(image.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{entry} has no ReadyToRun header");
                var machine = (ushort)image.CoffHeader.Machine;
                Assert.True(
                    machine == ((ushort)architecture ^ operatingSystem),
                    $"{entry} is for machine 0x{machine:X4}, not {architecture} on {rid} (0x{(ushort)architecture ^ operatingSystem:X4})");
            }
        }
    }

    [Fact]
    public void A_consumer_build_loads_the_images_of_its_sdk_rid_and_with_SpecClientReadyToRun_false_the_IL_assemblies()
    {
        var consumer = ConsumerBuildTests.ItemsConsumer(_packages, "ready-to-run");
        var rid = SdkRuntimeIdentifier(consumer);
        Assert.True(ShippedRuntimeIdentifiers.ContainsKey(rid), $"This machine's SDK ({rid}) is not among the shipped RIDs; the test needs one of {string.Join(", ", ShippedRuntimeIdentifiers.Keys)}.");

        // -v:n logs the compiler's command line, one /analyzer: per Analyzer item.
        var build = consumer.Build("-v:n");
        ConsumerBuildTests.AssertBuilt(build);
        Assert.Equal(Assemblies.Select(a => $"r2r/{rid}/{a}").Order(StringComparer.Ordinal), PackageAnalyzers(build));
        Assert.Contains(consumer.GeneratedFiles().Values, text => text.Contains("partial class ApiClient", StringComparison.Ordinal));
        ConsumerBuildTests.AssertRanAgainstLoopback(consumer.Run());

        // The way out. An edit, so that the compiler runs again.
        consumer.Write("Program.cs", File.ReadAllText(Path.Combine(consumer.Directory, "Program.cs")) + "// again\n");
        var optedOut = consumer.Build("-v:n", "-p:SpecClientReadyToRun=false");
        ConsumerBuildTests.AssertBuilt(optedOut);
        Assert.Equal(Assemblies.Select(a => $"analyzers/dotnet/cs/{a}").Order(StringComparer.Ordinal), PackageAnalyzers(optedOut));
    }

    private static PEHeaders Headers(ZipArchive zip, string entry, string listing)
    {
        var found = zip.GetEntry(entry);
        Assert.True(found is not null, $"{entry} missing from the generator package:\n{listing}");
        using var stream = new MemoryStream();
        using (var source = found!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        Assert.True(reader.HasMetadata, $"{entry} is not a .NET assembly");
        return reader.PEHeaders;
    }

    /// <summary>The generator package's files the compiler got as analyzers (path inside the package), from its logged command line.</summary>
    private IEnumerable<string> PackageAnalyzers(ProcessResult build)
    {
        var packageRoot = $"specclient.generator/{_packages.Version}/".ToLowerInvariant();
        var analyzers = AnalyzerArgument().Matches(build.Output)
            .Select(m => (m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["plain"].Value).Replace('\\', '/'))
            .Where(path => path.Contains(packageRoot, StringComparison.OrdinalIgnoreCase))
            .Select(path => path[(path.IndexOf(packageRoot, StringComparison.OrdinalIgnoreCase) + packageRoot.Length)..])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(analyzers.Count > 0, $"No analyzer of the package on the compiler's command line.\n{build}");
        return analyzers;
    }

    private string SdkRuntimeIdentifier(ConsumerProject consumer)
    {
        var result = DotNet.Run(consumer.Directory, _packages.Environment, "msbuild", consumer.ProjectFile, "-nologo", "-getProperty:NETCoreSdkRuntimeIdentifier");
        Assert.True(result.Succeeded, result.ToString());
        return result.Output.Trim();
    }

    [GeneratedRegex("\"/analyzer:(?<quoted>[^\"]+)\"|/analyzer:(?<plain>\\S+)")]
    private static partial Regex AnalyzerArgument();
}
