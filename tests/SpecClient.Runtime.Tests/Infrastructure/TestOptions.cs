using System;

namespace SpecClient.Runtime.Tests.Infrastructure;

/// <summary>Client options as a generated <c>{ClassName}Options</c> would be, with fast retries for tests.</summary>
internal sealed class TestOptions : ApiClientOptions
{
    public static TestOptions For(Uri baseAddress) => new()
    {
        BaseAddress = baseAddress,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(20),
        UseJitter = false,
    };
}
