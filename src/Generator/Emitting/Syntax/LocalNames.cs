using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// Names of the locals of one generated method, claimed in the generator's one name scope (<see cref="UniqueNames"/>)
/// after every parameter of the method: a wanted name already in use gets a number. Printed through
/// <see cref="CSharp.Identifier"/>, so a local named like a keyword is still an identifier.
/// </summary>
internal sealed class LocalNames
{
    private readonly UniqueNames _scope;

    public LocalNames(IEnumerable<string> taken) => _scope = new UniqueNames(taken);

    /// <summary>A fresh name for a local or pattern variable, <paramref name="wanted"/> when it is free.</summary>
    public string Take(string wanted) => CSharp.Identifier(_scope.Claim(wanted));

    /// <summary>
    /// A name no parameter or local of the method has, not claimed: for a variable that lives only inside a nested block
    /// (a loop's item), so sibling blocks may use the same name.
    /// </summary>
    public string Free(string wanted) => CSharp.Identifier(_scope.Free(wanted));
}
