using System;
using System.ComponentModel;

namespace SpecClient.Internal;

/// <summary>
/// Marks a generated property, parameter or method with the place in the OpenAPI document it comes from (a JSON
/// pointer such as <c>/components/schemas/Pet/properties/name</c>) and, where the spec gives one, its format.
/// The constraints themselves are the standard <c>System.ComponentModel.DataAnnotations</c> attributes beside it;
/// SpecClient's analyzer checks constants against them and names this place in its warnings. Written by generated
/// code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Method, Inherited = false)]
public sealed class ApiSchemaAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="pointer">The JSON pointer of the schema (or parameter, or operation) in the spec.</param>
    public ApiSchemaAttribute(string pointer) => Pointer = pointer;

    /// <summary>The JSON pointer of the member in the spec.</summary>
    public string Pointer { get; }

    /// <summary>The schema's <c>format</c> (<c>uuid</c>, <c>date-time</c>, <c>date</c>, ...), when it has one.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// Deprecated in the spec, on a member that cannot carry <see cref="ObsoleteAttribute"/> (a <c>required</c>
    /// property); the analyzer then warns (SPEC105) where it is set.
    /// </summary>
    public bool Deprecated { get; set; }

    /// <summary>When the spec says the member goes away (an ISO date), if it says so.</summary>
    public string? Sunset { get; set; }
}
