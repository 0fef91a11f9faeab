using System;
using System.Globalization;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Bounds on what the reader accepts from one spec, so a small hostile file cannot make the
/// compiler allocate gigabytes or overflow its stack. Real specs stay far below every bound.
/// </summary>
internal static class ReadingLimits
{
    /// <summary>Characters in one file (the entry or a part).</summary>
    public const int MaxFileLength = 64 * 1024 * 1024;

    /// <summary>Nesting of mappings and sequences, in one file and in the bundled document.</summary>
    public const int MaxDepth = 128;

    /// <summary>Nodes YAML aliases may add to one file when expanded: the bound OpenAPI.NET's own YAML reader applies.</summary>
    public const long MaxAliasNodes = 5000;

    /// <summary>Characters of the bundled document a split spec becomes (its shared files are copied where referenced).</summary>
    public const int MaxBundledLength = 64 * 1024 * 1024;

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static ReadingLimitException TooLong(string path, int length, int limit) =>
        new(
            "the file has " + Count(length) + " characters, more than the " + Count(limit) + " a spec may have",
            new SourceLocation(path, 0, 0, 0, 0));
}

/// <summary>A bound of <see cref="ReadingLimits"/> was passed at a place in a spec file; reported as SPEC020.</summary>
internal sealed class ReadingLimitException : Exception
{
    public ReadingLimitException(string reason, SourceLocation location)
        : base(reason) => Location = location;

    public SourceLocation Location { get; }
}
