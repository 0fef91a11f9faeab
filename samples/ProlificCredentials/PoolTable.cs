using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Prolific.Credentials.Sample;

/// <summary>Prints pools as a fixed-width table.</summary>
internal static class PoolTable
{
    public static void Write(TextWriter output, IReadOnlyList<CredentialPoolSummary> pools)
    {
        if (pools.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        int idWidth = Math.Max("Pool id".Length, pools.Max(p => (p.CredentialPoolId ?? "?").Length));
        output.WriteLine($"  {"Pool id".PadRight(idWidth)}  {"Total",7}  {"Available",9}");
        output.WriteLine($"  {new string('-', idWidth)}  {new string('-', 7)}  {new string('-', 9)}");
        foreach (CredentialPoolSummary pool in pools)
        {
            output.WriteLine($"  {(pool.CredentialPoolId ?? "?").PadRight(idWidth)}  {Format(pool.TotalCredentials),7}  {Format(pool.AvailableCredentials),9}");
        }
    }

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
