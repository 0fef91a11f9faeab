using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// Path arithmetic on the strings the compiler gave us. A generator may not touch the file system,
/// so <c>..</c> and <c>.</c> are resolved by hand, with '/' as the one separator.
/// </summary>
internal static class SpecPaths
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    public static string Directory(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalizedPath.Substring(0, slash);
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromFile"/>.</summary>
    public static string Resolve(string fromFile, string relative)
    {
        var unified = relative.Replace('\\', '/');
        var absolute = unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
        return Normalize(absolute ? unified : Directory(Normalize(fromFile)) + "/" + unified);
    }

    /// <summary>Whether <paramref name="path"/> lies in <paramref name="folder"/> or below it.</summary>
    public static bool IsUnder(string path, string folder)
    {
        var normalizedFolder = Normalize(folder).TrimEnd('/') + "/";
        return Normalize(path).StartsWith(normalizedFolder, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file name without folder or extension: <c>models/pet.yml</c> -> <c>pet</c>.</summary>
    public static string Stem(string path)
    {
        var name = path.Substring(path.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
