using System.ComponentModel;

namespace SpecClient;

/// <summary>
/// What every generated string enum offers: a struct over its wire value that keeps values the client does not know
/// (<see cref="IsKnown"/> tells them apart). Generic code can take any of them as <c>where T : struct, IStringEnum&lt;T&gt;</c>.
/// </summary>
/// <typeparam name="T">The enum struct itself.</typeparam>
public interface IStringEnum<T>
    where T : struct, IStringEnum<T>
{
    /// <summary>The value as it travels on the wire.</summary>
    string Value { get; }

    /// <summary>Whether the value is one the API description lists.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    static abstract implicit operator T(string value);

    /// <summary>Wraps a wire value, known or not (the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The enum value.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual T FromWire(string value) => value;
}

/// <summary>
/// What every generated integer enum offers: a struct over its wire value that keeps values the client does not know
/// (<see cref="IsKnown"/> tells them apart).
/// </summary>
/// <typeparam name="T">The enum struct itself.</typeparam>
public interface IIntegerEnum<T>
    where T : struct, IIntegerEnum<T>
{
    /// <summary>The value as it travels on the wire.</summary>
    int Value { get; }

    /// <summary>Whether the value is one the API description lists.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The wire value.</param>
    static abstract implicit operator T(int value);

    /// <summary>Wraps a wire value, known or not (the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The enum value.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual T FromWire(int value) => value;
}
