using System.Collections.Generic;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>Names of the locals of one generated method, each taken once: a wanted name already in use gets a number.</summary>
internal sealed class LocalNames
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public LocalNames(IEnumerable<string> taken) => _taken.UnionWith(taken);

    /// <summary>A fresh name for a local or pattern variable, <paramref name="wanted"/> when it is free.</summary>
    public string Take(string wanted)
    {
        var name = wanted;
        for (var i = 2; !_taken.Add(name); i++)
        {
            name = wanted + i;
        }

        return CSharp.Identifier(name);
    }

    /// <summary>
    /// A name no parameter or local of the method has, not claimed: for a variable that lives only inside a nested block
    /// (a loop's item), so sibling blocks may use the same name.
    /// </summary>
    public string Free(string wanted)
    {
        var name = wanted;
        for (var i = 2; _taken.Contains(name); i++)
        {
            name = wanted + i;
        }

        return CSharp.Identifier(name);
    }
}
