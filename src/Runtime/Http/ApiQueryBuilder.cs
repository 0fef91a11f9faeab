using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Internal;

/// <summary>Builds a query string; names and values are escaped with <see cref="Uri.EscapeDataString(string)"/>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ApiQueryBuilder
{
    // A pooled character buffer rather than a StringBuilder: the query is built once per call, and ToString
    // makes the only string (with its leading '?'), then gives the buffer back to the pool.
    private char[]? _buffer;
    private int _length;
    private string? _result;

    // The first pair, kept as its two strings until a second one comes: a query of one parameter (the usual case) is
    // then made in one concatenation, with no pooled buffer.
    private string? _firstName;
    private string? _firstValue;

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
    public override string ToString()
    {
        if (_result is null && _firstName is { } firstName)
        {
            _result = string.Concat("?", firstName, "=", _firstValue);
            _firstName = _firstValue = null;
        }

        if (_result is null)
        {
            _result = _length == 0 ? string.Empty : new string(_buffer!, 0, _length);
            if (_buffer is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
                _buffer = null;
            }
        }

        return _result;
    }

    /// <summary>
    /// Returns <paramref name="path"/> followed by the query (<see cref="ToString()"/>) as one string: a call's path and
    /// query of one parameter (the usual case) are then made in one allocation, with no query string of their own.
    /// </summary>
    /// <param name="path">The operation's path, already escaped.</param>
    /// <returns>The path and query.</returns>
    public string ToString(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_result is not null || _firstName is not { } name)
        {
            return string.Concat(path, ToString());
        }

        string value = _firstValue ?? string.Empty;
        return string.Create(path.Length + name.Length + value.Length + 2, (path, name, value), static (text, parts) =>
        {
            parts.path.CopyTo(text);
            int at = parts.path.Length;
            text[at++] = '?';
            parts.name.CopyTo(text[at..]);
            at += parts.name.Length;
            text[at++] = '=';
            parts.value.CopyTo(text[at..]);
        });
    }

    private void Append(string escapedName, string escapedValue)
    {
        if (_result is not null)
        {
            // Added to after ToString: continue from the text already made.
            string made = _result;
            _result = null;
            _length = 0;
            Write(made.AsSpan());
        }
        else if (_length == 0 && _firstName is null)
        {
            _firstName = escapedName;
            _firstValue = escapedValue;
            return;
        }

        if (_firstName is { } firstName)
        {
            _firstName = null;
            Write("?");
            Write(firstName);
            Write("=");
            Write(_firstValue);
            _firstValue = null;
        }

        Write(_length == 0 ? "?" : "&");
        Write(escapedName);
        Write("=");
        Write(escapedValue);
    }

    private void Write(ReadOnlySpan<char> text)
    {
        var pool = System.Buffers.ArrayPool<char>.Shared;
        if (_buffer is null || _length + text.Length > _buffer.Length)
        {
            char[] larger = pool.Rent(Math.Max(128, (_length + text.Length) * 2));
            if (_buffer is not null)
            {
                _buffer.AsSpan(0, _length).CopyTo(larger);
                pool.Return(_buffer);
            }

            _buffer = larger;
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}
