using SpecClient.Generator.Model;

namespace SpecClient.Generator.Upgrade;

/// <summary>
/// One difference between the baseline spec and the current one, placed by JSON pointers (stable text),
/// so the comparison needs no line numbers; <see cref="UpgradeCheck"/> locates it only to report.
/// </summary>
/// <param name="Id">A diagnostic ID from <c>DiagnosticIds</c> (SPEC201-SPEC208, or SPEC210 for an additive change).</param>
/// <param name="MessageArgs">Arguments of the descriptor's message.</param>
/// <param name="Pointer">Where in the current spec (the nearest node that still exists is used).</param>
/// <param name="BaselinePointer">Where in the baseline spec, when the change has a place there.</param>
internal sealed record UpgradeFinding(string Id, EquatableArray<string> MessageArgs, string Pointer, string? BaselinePointer);
