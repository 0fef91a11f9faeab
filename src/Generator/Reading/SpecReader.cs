using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Reads an OpenAPI document into a <see cref="ClientSpec"/>. Never throws; problems become diagnostics.</summary>
internal static class SpecReader
{
    public static ReadResult Read(SpecInput input)
    {
        throw new System.NotImplementedException("placeholder until the reader lands");
    }
}
