using System;
using System.ComponentModel;

namespace SpecClient;

/// <summary>
/// What every generated <c>oneOf</c>/<c>anyOf</c> type shares: it holds exactly one case and says which. The generated
/// type adds <c>Is</c>, <c>As</c> and <c>From</c> followed by each case's name, which test, get and create that case.
/// </summary>
public abstract class ApiUnion
{
    /// <summary>The case number of a value that matched no case (kept as raw JSON).</summary>
    private const int UnknownCase = -1;

    /// <summary>Holds one case.</summary>
    /// <param name="case">The case's number, in the order the API description lists them; -1 for none.</param>
    /// <param name="value">The case's value.</param>
    protected ApiUnion(int @case, object value)
    {
        Case = @case;
        Value = value;
    }

    /// <summary>
    /// The value of whichever case this holds (a <see cref="System.Text.Json.JsonElement"/> when it matched no case);
    /// <c>Is</c>, <c>As</c> and <c>From</c> followed by a case's name test, get and create that case.
    /// </summary>
    public object Value { get; }

    /// <summary>Whether the JSON matched none of the cases the API description lists; <see cref="Value"/> holds it raw.</summary>
    public bool IsUnknown => Case == UnknownCase;

    /// <summary>The case's number, for the generated converter.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Case { get; }

    /// <inheritdoc />
    public override string ToString() => Value.ToString() ?? string.Empty;

    /// <summary>The value if this holds the case, else null.</summary>
    /// <typeparam name="T">The case's type.</typeparam>
    /// <param name="case">The case's number.</param>
    /// <returns>The value, or null.</returns>
    protected T? Get<T>(int @case)
        where T : class => Case == @case ? (T)Value : null;

    /// <summary>The value if this holds the case (a value type), else null.</summary>
    /// <typeparam name="T">The case's type.</typeparam>
    /// <param name="case">The case's number.</param>
    /// <returns>The value, or null.</returns>
    protected T? GetStruct<T>(int @case)
        where T : struct => Case == @case ? (T)Value : null;

    /// <summary>Returns a case's value; throws if it is null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    protected static object NotNull(object? value) => value ?? throw new ArgumentNullException(nameof(value));
}
