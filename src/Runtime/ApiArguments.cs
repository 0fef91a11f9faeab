using System;
using System.Diagnostics.CodeAnalysis;

namespace SpecClient;

/// <summary>Argument checks used by generated clients.</summary>
public static class ApiArguments
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <typeparam name="T">The argument type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="parameterName">The parameter name.</param>
    public static void ThrowIfNull<T>([NotNull] T? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    /// <summary>Throws when a string argument is <see langword="null"/> (<see cref="ArgumentNullException"/>) or empty (<see cref="ArgumentException"/>), e.g. a path parameter.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="parameterName">The parameter name.</param>
    public static void ThrowIfNullOrEmpty([NotNull] string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }
    }
}
