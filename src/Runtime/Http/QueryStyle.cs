namespace SpecClient.Internal;

/// <summary>How an array query parameter is serialized (OpenAPI <c>style</c>).</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public enum QueryStyle
{
    /// <summary><c>form</c>: <c>n=a&amp;n=b</c> when exploded, <c>n=a,b</c> otherwise.</summary>
    Form,

    /// <summary><c>spaceDelimited</c>: <c>n=a%20b</c> (exploded: <c>n=a&amp;n=b</c>).</summary>
    SpaceDelimited,

    /// <summary><c>pipeDelimited</c>: <c>n=a|b</c> (exploded: <c>n=a&amp;n=b</c>).</summary>
    PipeDelimited,
}
