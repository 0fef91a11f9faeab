using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Architecture;

/// <summary>
/// The generator's one direction of flow, read from its source files: spec -> Reading (read model) -> Binding (bound
/// model) -> Emitting (source text). Each folder may name only the layers below; OpenAPI.NET lives in Reading alone.
/// A file breaks the rule by a <c>using</c>, a qualified name (<c>Binding.ClientBinder</c>) or a global one.
/// </summary>
public class LayerTests
{
    /// <summary>What each folder must never name (besides OpenAPI.NET outside Reading, checked for every folder).</summary>
    public static readonly TheoryData<string, string[]> Forbidden = new()
    {
        { "Model", new[] { "Reading", "Binding", "Emitting", "Names", "Inputs", "Upgrade", "Analyzers", "Diagnostics" } },
        { "Names", new[] { "Reading", "Binding", "Emitting", "Inputs", "Upgrade", "Analyzers" } },
        { "Reading", new[] { "Binding", "Emitting", "Upgrade", "Analyzers" } },
        { "Binding", new[] { "Reading", "Emitting", "Inputs", "Upgrade", "Analyzers" } },

        // The one catalog entry the emitter may read is a diagnostic ID (the one an [Obsolete] attribute names).
        { "Emitting", new[] { "Reading", "Binding", "Names", "Inputs", "Upgrade", "Analyzers" } },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_folder_names_no_layer_it_must_not(string folder, string[] forbidden)
    {
        var breaks = new List<string>();
        foreach (var (file, code) in SourcesOf(folder))
        {
            foreach (var layer in forbidden)
            {
                if (Names(code, layer))
                {
                    breaks.Add($"{file} names {layer}");
                }
            }
        }

        Assert.True(breaks.Count == 0, string.Join("\n", breaks));
    }

    [Fact]
    public void OpenApi_dotnet_is_named_only_in_Reading()
    {
        var root = Path.Combine(RepoPaths.Root, "src", "Generator");
        var breaks = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsUnder(path, root, "Reading") && !IsUnder(path, root, "obj") && !IsUnder(path, root, "bin"))
            .Where(path => Regex.IsMatch(Code(path), @"\bMicrosoft\.OpenApi\b"))
            .Select(path => Path.GetRelativePath(root, path))
            .ToList();

        Assert.True(breaks.Count == 0, "OpenAPI.NET outside Reading/: " + string.Join(", ", breaks));
    }

    [Fact]
    public void The_check_sees_a_break_when_there_is_one()
    {
        // A qualified name in code is a break; the same words in a comment or a string are not.
        Assert.True(Names("var x = Binding.ClientBinder.Bind(spec);", "Binding"));
        Assert.True(Names("var x = SpecClient.Generator.Binding.Paging.PaginationBinder.Detect(o, r, t);", "Binding"));
        Assert.True(Names("using SpecClient.Generator.Emitting.Syntax;", "Emitting"));
        Assert.False(Names("var text = \"Binding.ClientBinder\";", "Binding"));
        Assert.False(Names("// see Binding.ClientBinder", "Binding"));
        Assert.False(Names("var options = json.Names.Options;", "Names"));
    }

    /// <summary>
    /// Whether <paramref name="code"/> uses the layer's namespace, or names one of its types qualified by the layer
    /// (<c>Binding.ClientBinder</c>, as code inside <c>SpecClient.Generator</c> may): a property that happens to share
    /// the layer's name (<c>json.Names.Options</c>) is not a reference.
    /// </summary>
    private static bool Names(string code, string layer) =>
        Regex.IsMatch(code, @"^\s*using\s+(static\s+)?(\w+\s*=\s*)?SpecClient\.Generator\." + layer + @"\b", RegexOptions.Multiline)
        || TypesOf(layer).Any(type => Regex.IsMatch(StripCommentsAndStrings(code), @"(?<![\w])(SpecClient\.Generator\.)?" + layer + @"(\.\w+)*\." + type + @"\b"));

    /// <summary>The types a layer's folder declares.</summary>
    private static IReadOnlyList<string> TypesOf(string layer)
    {
        var directory = Path.Combine(RepoPaths.Root, "src", "Generator", layer);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .SelectMany(path => Regex.Matches(Code(path), @"\b(?:class|record|struct|enum|interface)\s+(\w+)").Select(m => m.Groups[1].Value))
                .Distinct()
                .ToList()
            : new List<string>();
    }

    private static IEnumerable<(string File, string Code)> SourcesOf(string folder)
    {
        var directory = Path.Combine(RepoPaths.Root, "src", "Generator", folder);
        Assert.True(Directory.Exists(directory), directory + " is missing");
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path.Combine(folder, Path.GetRelativePath(directory, path)), Code(path)));
    }

    private static string Code(string path) => File.ReadAllText(path);

    private static bool IsUnder(string path, string root, string folder) =>
        Path.GetRelativePath(root, path).StartsWith(folder + Path.DirectorySeparatorChar, System.StringComparison.Ordinal);

    /// <summary>The code without comments and string literals, so prose and generated text do not count as references.</summary>
    private static string StripCommentsAndStrings(string code)
    {
        var noComments = Regex.Replace(code, @"//[^\n]*|/\*.*?\*/", string.Empty, RegexOptions.Singleline);
        return Regex.Replace(noComments, "\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
    }
}
