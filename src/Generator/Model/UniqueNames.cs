using System.Collections.Generic;

namespace SpecClient.Generator.Model;

/// <summary>
/// The one name scope of the generator: every C# name is claimed through one of these (the binder's types, members,
/// operations, parameters, groups, credentials and JSON members; the emitter's locals of one method body). One case
/// rule for all: names that differ only in case collide, since hint names, file systems and VB callers ignore case.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    /// <summary>Names taken from the start, shared by every scope made with them (never changed), and one more; null for none.</summary>
    private readonly HashSet<string>? _shared;
    private readonly string? _also;

    public UniqueNames() => _taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts with <paramref name="reserved"/> taken, the set sized for them at once (one per generated type).</summary>
    public UniqueNames(IEnumerable<string> reserved) =>
        _taken = new HashSet<string>(reserved as ICollection<string> ?? System.Linq.Enumerable.ToArray(reserved), System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Starts with <paramref name="shared"/> (a set that compares ignoring case, shared by many scopes, read only) and
    /// <paramref name="also"/> taken, without copying the shared names into each scope.
    /// </summary>
    public UniqueNames(HashSet<string> shared, string also)
    {
        _taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        _shared = shared;
        _also = also;
    }

    public bool IsTaken(string name) => IsReserved(name) || _taken.Contains(name);

    public void Reserve(string name) => _taken.Add(name);

    /// <summary>
    /// Claims <paramref name="desired"/>, or <c>desired2</c>, <c>desired3</c>... when it is taken or
    /// <paramref name="refused"/> (a name this one claim may not have, such as a member its own type declares).
    /// </summary>
    /// <returns>The claimed name; compare with <paramref name="desired"/> to tell whether it collided.</returns>
    public string Claim(string desired, System.Func<string, bool>? refused = null)
    {
        if (!IsReserved(desired) && refused?.Invoke(desired) != true && _taken.Add(desired))
        {
            return desired;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = desired + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!IsReserved(candidate) && refused?.Invoke(candidate) != true && _taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// <paramref name="wanted"/>, or <c>wanted2</c>..., whichever is free, without claiming it: for a name that lives
    /// only inside a nested block (a loop's item), so sibling blocks may use the same name.
    /// </summary>
    public string Free(string wanted)
    {
        var name = wanted;
        for (var i = 2; IsTaken(name); i++)
        {
            name = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private bool IsReserved(string name) =>
        _shared is not null && (_shared.Contains(name) || string.Equals(name, _also, System.StringComparison.OrdinalIgnoreCase));
}
