using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SpecClient.Generator.Diagnostics;

namespace SpecClient.Generator.Analyzers;

/// <summary>
/// Checks, where C# code passes a constant to a generated parameter or sets a generated property, that the constant
/// keeps the rules the spec states (SPEC101-SPEC104), and warns where a deprecated parameter or required property
/// is used (SPEC105; other deprecated members carry <c>[Obsolete]</c> with that ID). Only members marked
/// <c>[ApiSchema]</c> are examined, only in assemblies that reference SpecClient.Runtime, never in generated code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallSiteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PatternMismatch,
        DiagnosticDescriptors.LengthOutOfRange,
        DiagnosticDescriptors.ValueOutOfRange,
        DiagnosticDescriptors.InvalidFormat,
        DiagnosticDescriptors.DeprecatedMemberUsed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownAttributes.From(start.Compilation) is not { } known)
            {
                return;
            }

            var session = new Session(start.Compilation, known, new SpecLocator(start.Options, start.CancellationToken));
            start.RegisterOperationAction(session.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(session.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    /// <summary>One compilation's caches: which assemblies can hold generated members, and each member's rules.</summary>
    private sealed class Session
    {
        private readonly IAssemblySymbol _self;
        private readonly KnownAttributes _known;
        private readonly SpecLocator _locator;
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _candidateAssemblies = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, MemberRules?> _rules = new(SymbolEqualityComparer.Default);

        public Session(Compilation compilation, KnownAttributes known, SpecLocator locator)
        {
            _self = compilation.Assembly;
            _known = known;
            _locator = locator;
        }

        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.IsImplicit || argument.Parameter is not { } parameter ||
                RulesOf(parameter) is not { } rules)
            {
                return;
            }

            if (rules.Deprecated)
            {
                ReportDeprecated(context, argument.Syntax.GetLocation(), "The parameter '" + parameter.Name + "'", rules);
            }

            Check(context, argument.Value, parameter, "'" + parameter.Name + "'", rules);
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || RulesOf(property) is not { } rules)
            {
                return;
            }

            var name = "'" + property.ContainingType.Name + "." + property.Name + "'";
            if (rules.Deprecated)
            {
                ReportDeprecated(context, assignment.Target.Syntax.GetLocation(), "The property " + name, rules);
            }

            Check(context, assignment.Value, property, name, rules);
        }

        private void Check(OperationAnalysisContext context, IOperation value, ISymbol member, string name, MemberRules rules)
        {
            var (constant, inner) = ConstantOf(value);
            Violation? violation = constant switch
            {
                string text => ConstantChecks.CheckString(text, rules),
                int or long or short or byte or sbyte or ushort or uint or ulong or float or double or decimal
                    => ConstantChecks.CheckNumber(System.Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture), rules),
                _ => null,
            };
            if (violation is null)
            {
                return;
            }

            var (place, specLocation) = _locator.Locate(member, rules.Pointer);
            var descriptor = Descriptor(violation.Id);
            var arguments = new object[] { name }.Concat(violation.Arguments).Append(place).ToArray();
            var additional = specLocation is null ? null : new[] { specLocation };
            context.ReportDiagnostic(Diagnostic.Create(descriptor, inner.Syntax.GetLocation(), additional, arguments));
        }

        private static void ReportDeprecated(OperationAnalysisContext context, Location location, string what, MemberRules rules) =>
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DeprecatedMemberUsed,
                location,
                what,
                rules.Sunset is { } sunset ? "; its sunset is " + sunset : string.Empty));

        /// <summary>
        /// The constant a value is, looking through conversions (an <c>int</c> literal given to <c>long?</c>) and through
        /// <c>Guid.Parse("...")</c>, <c>new Guid("...")</c>, <c>DateTimeOffset.Parse("...")</c> and <c>DateOnly.Parse("...")</c>.
        /// </summary>
        private static (object? Constant, IOperation Operation) ConstantOf(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                if (conversion.ConstantValue.HasValue)
                {
                    break;
                }

                value = conversion.Operand;
            }

            if (value.ConstantValue is { HasValue: true } constant)
            {
                return (constant.Value, value);
            }

            var parsed = value switch
            {
                IInvocationOperation { TargetMethod: { Name: "Parse" or "ParseExact" } method } invocation when IsParsedType(method.ContainingType) && invocation.Arguments.Length > 0
                    => invocation.Arguments[0].Value,
                IObjectCreationOperation { Type: { } type } creation when IsParsedType(type) && creation.Arguments.Length == 1
                    => creation.Arguments[0].Value,
                _ => null,
            };
            return parsed?.ConstantValue is { HasValue: true, Value: string text } ? (text, parsed) : (null, value);
        }

        private static bool IsParsedType(ITypeSymbol type) =>
            type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } &&
            type.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "DateTime";

        private MemberRules? RulesOf(ISymbol member)
        {
            if (member.ContainingAssembly is not { } assembly || !IsCandidate(assembly))
            {
                return null;
            }

            return _rules.GetOrAdd(member, m => MemberRules.Read(m, _known) ?? (InterfaceParameter(m) is { } declared ? MemberRules.Read(declared, _known) : null));
        }

        /// <summary>
        /// The parameter of the interface method a client method implements, where the generator puts a parameter's
        /// rules once (the client's own parameters carry none); null for anything else.
        /// </summary>
        private static IParameterSymbol? InterfaceParameter(ISymbol member)
        {
            if (member is not IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, ContainingType: { TypeKind: TypeKind.Class } type } method } parameter)
            {
                return null;
            }

            foreach (var declaring in type.AllInterfaces)
            {
                foreach (var candidate in declaring.GetMembers(method.Name))
                {
                    if (candidate is IMethodSymbol declared && declared.Parameters.Length == method.Parameters.Length &&
                        SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(declared), method))
                    {
                        return declared.Parameters[parameter.Ordinal];
                    }
                }
            }

            return null;
        }

        /// <summary>Generated members live in this compilation or in an assembly that references SpecClient.Runtime.</summary>
        private bool IsCandidate(IAssemblySymbol assembly) =>
            SymbolEqualityComparer.Default.Equals(assembly, _self) ||
            _candidateAssemblies.GetOrAdd(assembly, static a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "SpecClient.Runtime")));

        private static DiagnosticDescriptor Descriptor(string id) => id switch
        {
            DiagnosticIds.PatternMismatch => DiagnosticDescriptors.PatternMismatch,
            DiagnosticIds.LengthOutOfRange => DiagnosticDescriptors.LengthOutOfRange,
            DiagnosticIds.ValueOutOfRange => DiagnosticDescriptors.ValueOutOfRange,
            _ => DiagnosticDescriptors.InvalidFormat,
        };
    }
}
