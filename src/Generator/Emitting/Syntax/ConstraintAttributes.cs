using System.Collections.Generic;
using System.Globalization;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// The attributes that carry a member's spec rules into C#: the DataAnnotations .NET users know
/// (<c>[StringLength]</c>, <c>[RegularExpression]</c>, <c>[Range]</c>, <c>[MinLength]</c>/<c>[MaxLength]</c> for item counts),
/// <c>[ApiSchema]</c> with the member's JSON pointer and format (what the analyzer reports against), and
/// <c>[Obsolete]</c> with SpecClient's diagnostic ID and the sunset date. Spec text reaches them only through
/// <see cref="CSharp.Literal"/>; numbers only after being parsed and formatted here.
/// </summary>
internal static class ConstraintAttributes
{
    private const string DataAnnotations = Aliases.DataAnnotations;

    /// <summary>Formats the analyzer checks literals against; other formats are carried only when a rule needs the marker anyway.</summary>
    private static readonly HashSet<string> CheckedFormats = new(System.StringComparer.Ordinal) { "uuid", "date-time", "date" };

    /// <summary>The attribute lines above a generated property.</summary>
    public static IEnumerable<string> ForProperty(PropertySpec property) =>
        For(property.Type, property.Constraints, property.Pointer, deprecatedWithoutObsolete: property.IsDeprecated && property.IsRequired, property.Sunset);

    /// <summary>The attributes before a generated method parameter, each followed by a space (empty when there are none).</summary>
    public static string ForParameter(ParameterSpec parameter) =>
        string.Concat(System.Linq.Enumerable.Select(
            For(parameter.Type, parameter.Constraints, parameter.Pointer, deprecatedWithoutObsolete: parameter.IsDeprecated, parameter.Sunset),
            attribute => attribute + " "));

    /// <summary><c>[Obsolete]</c> reporting SPEC105, with the sunset date in its message when the spec gives one.</summary>
    public static string Obsolete(string what, string? sunset)
    {
        var message = what + " is deprecated in the API description" + (sunset is null ? "." : "; its sunset is " + sunset + ".");
        return $"[{KnownTypes.Obsolete}({CSharp.Literal(message)}, DiagnosticId = {CSharp.Literal(DiagnosticIds.DeprecatedMemberUsed)})]";
    }

    private static IEnumerable<string> For(TypeRef type, ConstraintSpec? constraints, string? pointer, bool deprecatedWithoutObsolete, string? sunset)
    {
        var rules = new List<string>();
        if (constraints is not null)
        {
            switch (type.Kind)
            {
                case TypeKind.String:
                    if (constraints.MaxLength is not null || constraints.MinLength is not null)
                    {
                        var max = constraints.MaxLength is { } maxLength ? Int(maxLength) : "int.MaxValue";
                        var min = constraints.MinLength is { } minLength and > 0 ? ", MinimumLength = " + Int(minLength) : string.Empty;
                        rules.Add($"[{DataAnnotations}StringLength({max}{min})]");
                    }

                    if (constraints.Pattern is { } pattern)
                    {
                        rules.Add($"[{DataAnnotations}RegularExpression({CSharp.Literal(SchemaPatterns.ForAttribute(pattern))})]");
                    }

                    break;
                case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal:
                    if (Range(constraints, wholeNumbers: type.Kind is TypeKind.Int32 or TypeKind.Int64) is { } range)
                    {
                        rules.Add(range);
                    }

                    break;
                case TypeKind.Array:
                    if (constraints.MinItems is { } minItems)
                    {
                        rules.Add($"[{DataAnnotations}MinLength({Int(minItems)})]");
                    }

                    if (constraints.MaxItems is { } maxItems)
                    {
                        rules.Add($"[{DataAnnotations}MaxLength({Int(maxItems)})]");
                    }

                    break;
            }
        }

        var format = constraints?.Format is { } f && CheckedFormats.Contains(f) ? f : null;
        if (pointer is null || (rules.Count == 0 && format is null && !deprecatedWithoutObsolete))
        {
            return rules;
        }

        var marker = $"[{KnownTypes.ApiSchema}({CSharp.Literal(pointer)}";
        if (format is not null)
        {
            marker += $", Format = {CSharp.Literal(format)}";
        }

        if (deprecatedWithoutObsolete)
        {
            marker += ", Deprecated = true" + (sunset is null ? string.Empty : $", Sunset = {CSharp.Literal(sunset)}");
        }

        rules.Insert(0, marker + ")]");
        return rules;
    }

    /// <summary>
    /// <c>[Range]</c> over int for an integer member whose bounds are whole numbers in int's range, else over double
    /// (the int form converts the value to int, which would round a fractional one); a missing bound is the type's extreme.
    /// </summary>
    private static string? Range(ConstraintSpec constraints, bool wholeNumbers)
    {
        if (constraints.Minimum is null && constraints.Maximum is null)
        {
            return null;
        }

        var useInt = wholeNumbers && IsInt(constraints.Minimum) && IsInt(constraints.Maximum);
        var min = constraints.Minimum is { } minimum ? Number(minimum, useInt) : useInt ? "int.MinValue" : "double.MinValue";
        var max = constraints.Maximum is { } maximum ? Number(maximum, useInt) : useInt ? "int.MaxValue" : "double.MaxValue";
        var exclusive = (constraints.MinimumIsExclusive ? ", MinimumIsExclusive = true" : string.Empty) +
                        (constraints.MaximumIsExclusive ? ", MaximumIsExclusive = true" : string.Empty);
        return $"[{DataAnnotations}Range({min}, {max}{exclusive})]";
    }

    private static bool IsInt(string? number) =>
        number is null || int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A number the reader kept (a plain JSON number), parsed and formatted again: no spec text reaches the code.</summary>
    private static string Number(string number, bool asInt)
    {
        if (asInt)
        {
            return Int(int.Parse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0 ? text + ".0" : text;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
