using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoslynMethodKind = Microsoft.CodeAnalysis.MethodKind;
using SpecClient.Generator.Emitting;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;
using SpecClient.Generator.Tests.Emitting;
using SpecClient.Generator.Tests.Infrastructure;

namespace SpecClient.Generator.Tests.Names;

/// <summary>
/// The reserved-name catalog is what the emitters write, read from the compiled output of the model that holds every
/// construct: a member added to (or dropped from) an emitter without the catalog fails here, so a spec-derived name can
/// never be taken by a member the catalog does not know.
/// </summary>
public class ReservedNamesCatalogTests
{
    private static readonly ClientModel Model = EveryConstructModel.Create(groupByTag: true);

    private static readonly Compilation Compiled = GeneratorHarness.CreateCompilation(
        SourceEmitter.Emit(Model, EmitOptions.Default).Select(f => f.Text).ToArray());

    [Fact]
    public void The_client_declares_exactly_the_catalogs_members_besides_operations_and_groups()
    {
        var client = Compiled.GetTypeByMetadataName(Model.Namespace + "." + Model.ClassName)!;
        var fromSpec = new HashSet<string>(
            Model.Operations.SelectMany(o => o.Methods).Select(m => m.Name)
                .Concat(Model.Groups.SelectMany(g => new[] { g.PropertyName, g.ClassName })),
            System.StringComparer.Ordinal);

        var own = OwnMembers(client).Where(name => !fromSpec.Contains(name)).ToHashSet();

        Assert.Equal(ReservedNames.ClientMembers.OrderBy(n => n), own.OrderBy(n => n));
    }

    [Fact]
    public void An_enum_declares_exactly_the_catalogs_members_besides_its_values()
    {
        var enums = Model.Types.Where(t => t.Kind is TypeSpecKind.StringEnum or TypeSpecKind.IntegerEnum).ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            var symbol = Compiled.GetTypeByMetadataName(Model.Namespace + "." + type.Name)!;
            var values = type.EnumMembers.Select(m => m.Name).ToHashSet();
            var own = OwnMembers(symbol).Where(name => !values.Contains(name) && !ReservedNames.ObjectMembers.Contains(name)).ToHashSet();

            Assert.Equal(ReservedNames.EnumMembers.OrderBy(n => n), own.OrderBy(n => n));
        }
    }

    [Fact]
    public void A_record_declares_nothing_besides_its_properties_its_extras_and_the_catalogs_members()
    {
        var records = Model.Types.Where(t => t.Kind == TypeSpecKind.Object).ToList();
        Assert.NotEmpty(records);
        foreach (var type in records)
        {
            var symbol = Compiled.GetTypeByMetadataName(Model.Namespace + "." + type.Name)!;
            var properties = type.Properties.Select(p => p.Name).Append(type.Extras!.PropertyName).ToHashSet();
            var own = OwnMembers(symbol).Where(name => !properties.Contains(name)).ToList();

            Assert.All(own, name => Assert.True(
                ReservedNames.RecordMembers.Contains(name) || ReservedNames.ObjectMembers.Contains(name),
                $"{type.Name} declares {name}, which the catalog does not reserve"));
        }
    }

    /// <summary>Names a spec-derived member could collide with: no constructors, accessors, operators, explicit implementations or private fields; compiler-made record members count.</summary>
    private static IEnumerable<string> OwnMembers(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared || m.Kind != SymbolKind.Method || m.Name is "PrintMembers" or "Deconstruct")
            .Where(m => m is not IMethodSymbol { MethodKind: RoslynMethodKind.Constructor or RoslynMethodKind.StaticConstructor or RoslynMethodKind.PropertyGet or RoslynMethodKind.PropertySet or RoslynMethodKind.UserDefinedOperator or RoslynMethodKind.Conversion or RoslynMethodKind.ExplicitInterfaceImplementation })
            .Select(m => m.Name)
            // Private fields (_client, s_known) start with what no PascalCase spec-derived name does.
            .Where(name => !char.IsLower(name[0]) && !name.StartsWith("_", System.StringComparison.Ordinal) && !name.StartsWith("<", System.StringComparison.Ordinal) && !name.Contains('.'))
            .Distinct();
}
