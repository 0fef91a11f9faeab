using System.Collections.Generic;
using Microsoft.OpenApi;

namespace SpecClient.Generator.Reading;

/// <summary>OpenAPI 3.2's discriminator <c>defaultMapping</c>: the schema a payload without a known discriminator value is.</summary>
internal static class DiscriminatorDefaults
{
    /// <summary>
    /// The index of the case (among <paramref name="cases"/>, null-only ones skipped as the union skips them) that
    /// <c>defaultMapping</c> names; null when it names none of them.
    /// </summary>
    public static int? CaseOf(OpenApiDiscriminator discriminator, IList<IOpenApiSchema> cases)
    {
        if (discriminator.DefaultMapping?.Reference?.Id is not { } id)
        {
            return null;
        }

        var index = 0;
        foreach (var candidate in cases)
        {
            if (SchemaShapes.IsNullOnly(candidate))
            {
                continue;
            }

            if (candidate is OpenApiSchemaReference { Reference.Id: { } caseId } && caseId == id)
            {
                return index;
            }

            index++;
        }

        return null;
    }
}
