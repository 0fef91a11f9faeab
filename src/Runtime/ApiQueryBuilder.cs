using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient;

/// <summary>Builds a query string; names and values are escaped with <see cref="Uri.EscapeDataString(string)"/>.</summary>
public sealed class ApiQueryBuilder
{
    private readonly StringBuilder _builder = new();

    /// <summary>Adds <c>name=value</c>; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The wire value (see <see cref="ApiWire"/>).</param>
    public void Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return;
        }

        Append(Uri.EscapeDataString(name), Uri.EscapeDataString(value));
    }

    /// <summary>
    /// Adds an array parameter. Exploded, every style gives <c>n=a&amp;n=b</c>; otherwise <see cref="QueryStyle.Form"/>
    /// gives <c>n=a,b</c>, <see cref="QueryStyle.SpaceDelimited"/> <c>n=a%20b</c> and <see cref="QueryStyle.PipeDelimited"/>
    /// <c>n=a|b</c> (a delimiter inside a value is escaped). Does nothing when <paramref name="values"/> is
    /// <see langword="null"/> or empty; <see langword="null"/> items are skipped.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The wire values.</param>
    /// <param name="style">The OpenAPI style.</param>
    /// <param name="explode">The OpenAPI explode flag.</param>
    public void AddValues(string name, IEnumerable<string>? values, QueryStyle style, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (values is null)
        {
            return;
        }

        string escapedName = Uri.EscapeDataString(name);
        if (explode)
        {
            foreach (string? value in values)
            {
                if (value is not null)
                {
                    Append(escapedName, Uri.EscapeDataString(value));
                }
            }

            return;
        }

        string delimiter = style switch
        {
            QueryStyle.SpaceDelimited => "%20",
            QueryStyle.PipeDelimited => "|",
            _ => ",",
        };
        var joined = new StringBuilder();
        bool any = false;
        foreach (string? value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (any)
            {
                joined.Append(delimiter);
            }

            joined.Append(Uri.EscapeDataString(value));
            any = true;
        }

        if (any)
        {
            Append(escapedName, joined.ToString());
        }
    }

    /// <summary>Adds an object parameter in <c>deepObject</c> style: <c>n[k]=v</c> per entry. Does nothing for <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The properties and their wire values.</param>
    public void AddDeepObject(string name, IEnumerable<KeyValuePair<string, string>>? values)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (values is null)
        {
            return;
        }

        string escapedName = Uri.EscapeDataString(name);
        foreach (KeyValuePair<string, string> pair in values)
        {
            if (pair.Key is null || pair.Value is null)
            {
                continue;
            }

            Append(escapedName + "[" + Uri.EscapeDataString(pair.Key) + "]", Uri.EscapeDataString(pair.Value));
        }
    }

    /// <summary>Returns <c>""</c> when nothing was added, otherwise <c>"?a=b&amp;..."</c>.</summary>
    /// <returns>The query string.</returns>
    public override string ToString() => _builder.Length == 0 ? string.Empty : "?" + _builder.ToString();

    private void Append(string escapedName, string escapedValue)
    {
        if (_builder.Length > 0)
        {
            _builder.Append('&');
        }

        _builder.Append(escapedName).Append('=').Append(escapedValue);
    }
}
