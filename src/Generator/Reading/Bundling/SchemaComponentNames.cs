using System.Collections.Generic;
using System.Text;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// Names the components that schema files become: the file's name (<c>droplet.yml</c> -> <c>droplet</c>),
/// or the pointer's last segment (<c>attributes.yml#/image_description</c>), with a number added only
/// when two different targets would share a name. One target always gets one name, so sharing survives.
/// </summary>
internal sealed class SchemaComponentNames
{
    private readonly Dictionary<string, string> _byTarget = new(System.StringComparer.Ordinal);

    // Case-insensitive: names that differ only by case would become colliding C# type names.
    private readonly HashSet<string> _used = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>A name the entry document already uses for a component of its own.</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>Binds a target to a name the entry gave it (<c>Pet: {$ref: ./pet.yaml}</c>).</summary>
    public void Bind(string target, string name)
    {
        _byTarget[target] = name;
        _used.Add(name);
    }

    public string? Find(string target) => _byTarget.TryGetValue(target, out var name) ? name : null;

    public string Assign(string target, string suggestion)
    {
        var stem = Sanitize(suggestion);
        var name = stem;
        for (var n = 2; !_used.Add(name); n++)
        {
            name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _byTarget[target] = name;
        return name;
    }

    /// <summary>OpenAPI allows only <c>[A-Za-z0-9._-]</c> in component names.</summary>
    private static string Sanitize(string suggestion)
    {
        var text = new StringBuilder(suggestion.Length);
        foreach (var c in suggestion)
        {
            text.Append(c < 128 && (char.IsLetterOrDigit(c) || c is '.' or '-' or '_') ? c : '_');
        }

        return text.Length == 0 ? "Schema" : text.ToString();
    }
}
