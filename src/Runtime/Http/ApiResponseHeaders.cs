using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient.Internal;

internal static class ApiResponseHeaders
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FromResponse(HttpResponseMessage response)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Append(result, response.Headers.NonValidated);
        if (response.Content is not null)
        {
            Append(result, response.Content.Headers.NonValidated);
        }

        return result;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ToCaseInsensitive(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        if (headers is Dictionary<string, IReadOnlyList<string>> dictionary && ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            return dictionary;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IReadOnlyList<string>> pair in headers)
        {
            if (result.TryGetValue(pair.Key, out IReadOnlyList<string>? existing))
            {
                var merged = new List<string>(existing);
                merged.AddRange(pair.Value);
                result[pair.Key] = merged;
            }
            else
            {
                result[pair.Key] = pair.Value;
            }
        }

        return result;
    }

    private static void Append(Dictionary<string, IReadOnlyList<string>> result, HttpHeadersNonValidated headers)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in headers)
        {
            var values = new List<string>();
            foreach (string value in header.Value)
            {
                values.Add(value);
            }

            if (result.TryGetValue(header.Key, out IReadOnlyList<string>? existing))
            {
                var merged = new List<string>(existing);
                merged.AddRange(values);
                result[header.Key] = merged;
            }
            else
            {
                result[header.Key] = values;
            }
        }
    }
}
