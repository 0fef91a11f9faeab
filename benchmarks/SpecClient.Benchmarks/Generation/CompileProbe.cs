using System.Diagnostics;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecClient.Benchmarks.Generation;

/// <summary>
/// `--compile DIR [stub-converters]`: compiles generated sources (from `--generate SPEC DIR`) with Roslyn in this
/// process against the framework and SpecClient.Runtime, timing parse, diagnostics (binding every body) and emit.
/// With `stub-converters`, every method body of the emitted JsonConverter classes becomes `throw null!;`, which
/// shows what the converters cost the compiler. With PROBE_EMIT_ROUNDS=N, PROBE_PDB=1 makes each emit also write a
/// portable PDB embedding every tree's text, as csc does for a generator's output (not for a project's own files).
/// </summary>
internal static class CompileProbe
{
    public static int Run(string dir, bool stubConverters)
    {
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories);
        var stopwatch = Stopwatch.StartNew();
        // PROBE_DOCS=1 parses and checks doc comments, as a build that writes the documentation file does.
        var parseOptions = Environment.GetEnvironmentVariable("PROBE_DOCS") == "1"
            ? GeneratorRig.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose)
            : GeneratorRig.ParseOptions;
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(file), System.Text.Encoding.UTF8), parseOptions, path: file)).ToList();
        if (stubConverters)
        {
            trees = trees.Select(tree => tree.WithRootAndOptions(new StubConverters().Visit(tree.GetRoot()), tree.Options)).ToList();
        }

        if (Environment.GetEnvironmentVariable("PROBE_SHAPE_ONLY") == "1")
        {
            // The declarations alone: every body becomes `throw null!;` and initializers go, which is what any
            // generator keeping the same types and members would at least cost the compiler.
            trees = trees.Select(tree => tree.WithRootAndOptions(new ShapeOnly().Visit(tree.GetRoot()), tree.Options)).ToList();
            if (Environment.GetEnvironmentVariable("PROBE_SHAPE_OUT") is { Length: > 0 } shapeOut)
            {
                // Written out so a real project (dotnet build, compiler server) can time the declarations alone.
                Directory.CreateDirectory(shapeOut);
                foreach (var tree in trees)
                {
                    // Folders flattened into the name: peers (Kiota) repeat file names in different folders.
                    var name = Path.GetRelativePath(dir, tree.FilePath).Replace(Path.DirectorySeparatorChar, '_');
                    File.WriteAllText(Path.Combine(shapeOut, name), tree.GetRoot().ToFullString());
                }
            }
        }

        var parse = stopwatch.Elapsed;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" or "SpecClient.Runtime.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        // PROBE_REFS: extra reference assemblies (path-separated), e.g. a peer generator's runtime packages.
        foreach (var extra in (Environment.GetEnvironmentVariable("PROBE_REFS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            references.Add(MetadataReference.CreateFromFile(extra));
        }

        var compilation = CSharpCompilation.Create("Probe", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (Environment.GetEnvironmentVariable("PROBE_PER_FILE") == "1")
        {
            var perFile = new List<(string File, double Seconds, int Chars)>();
            _ = compilation.GetDeclarationDiagnostics();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var watch = Stopwatch.StartNew();
                _ = compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics();
                perFile.Add((Path.GetFileName(tree.FilePath), watch.Elapsed.TotalSeconds, tree.Length));
            }

            Console.WriteLine($"bodies bound per file, total {perFile.Sum(f => f.Seconds):F2} s; slowest:");
            foreach (var (file, seconds, chars) in perFile.OrderByDescending(f => f.Seconds).Take(8))
            {
                Console.WriteLine($"  {seconds,6:F2} s  {chars,9:N0} chars  {file}");
            }
        }

        // PROBE_EMIT_ROUNDS=N: N emits of a fresh clone each (what csc does once: bind every body and write IL in one
        // pass), on a JIT warmed by the rounds before it as in a compiler server; prints each round and the median.
        if (int.TryParse(Environment.GetEnvironmentVariable("PROBE_EMIT_ROUNDS"), out var emitRounds) && emitRounds > 0)
        {
            var seconds = new List<double>();
            // Parsed from UTF-8 texts above: an embedded text (and a PDB) needs the text's encoding, as a generator's has.
            var embeddable = compilation.SyntaxTrees.Select(tree => (Path: tree.FilePath, Text: tree.GetText())).ToList();
            for (var round = 0; round < emitRounds; round++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                using var sink = new MemoryStream();
                using var pdb = new MemoryStream();
                // PROBE_PDB=1: a portable PDB with every tree's text embedded, as csc does for generator output.
                var result = Environment.GetEnvironmentVariable("PROBE_PDB") == "1"
                    ? compilation.Clone().Emit(sink, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb),
                        embeddedTexts: embeddable.Select(entry => EmbeddedText.FromSource(entry.Path, entry.Text)).ToList())
                    : compilation.Clone().Emit(sink);
                seconds.Add(watch.Elapsed.TotalSeconds);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                foreach (var failure in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(2))
                {
                    Console.WriteLine("  " + failure);
                }

                Console.WriteLine($"emit round {round}: {seconds[^1]:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {allocated / 1048576.0:N0} MB allocated, IL {sink.Length:N0} B, ok {result.Success}");
            }

            var warm = seconds.Skip(1).Order().ToList();
            Console.WriteLine($"{dir}: {trees.Sum(t => t.Length):N0} chars; warm emit median {(warm.Count == 0 ? seconds[0] : warm[warm.Count / 2]):F2} s, min {(warm.Count == 0 ? seconds[0] : warm[0]):F2} s");
            return 0;
        }

        // PROBE_REPEAT=N: compile N times in this process; the later rounds run on a warm JIT, as a compiler server does.
        for (var round = 1; round < int.Parse(Environment.GetEnvironmentVariable("PROBE_REPEAT") ?? "1"); round++)
        {
            var warmup = Stopwatch.StartNew();
            var again = compilation.Clone();
            _ = again.GetDiagnostics();
            var bound = warmup.Elapsed;
            using var sink = new MemoryStream();
            _ = again.Emit(sink);
            Console.WriteLine($"round {round}: bind {bound.TotalSeconds:F2} s, emit {(warmup.Elapsed - bound).TotalSeconds:F2} s");
        }

        if (Environment.GetEnvironmentVariable("PROBE_ANALYZERS_FIRST") == "1")
        {
            // As in a build: the analyzers start on a compilation nothing has asked anything yet.
            // PROBE_ANALYZER_ROUNDS=N repeats that on N fresh clones: the first is cold (JIT), the rest as on a warm server.
            var rounds = int.TryParse(Environment.GetEnvironmentVariable("PROBE_ANALYZER_ROUNDS"), out var n) && n > 0 ? n : 1;
            for (var round = 0; round < rounds; round++)
            {
                RunAnalyzers(compilation.Clone());
            }

            if (rounds > 1)
            {
                return 0;
            }
        }

        stopwatch.Restart();
        var diagnostics = compilation.GetDiagnostics();
        var bind = stopwatch.Elapsed;
        RunAnalyzers(compilation);

        stopwatch.Restart();
        using var output = new MemoryStream();
        var emit = compilation.Emit(output);
        var emitTime = stopwatch.Elapsed;
        Console.WriteLine($"{dir} stub-converters={stubConverters}: {files.Length} files, {trees.Sum(t => t.Length):N0} chars; parse {parse.TotalSeconds:F2} s, diagnostics (bind) {bind.TotalSeconds:F2} s, emit {emitTime.TotalSeconds:F2} s; errors {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)}; IL {output.Length:N0} B; emit ok {emit.Success}");
        foreach (var error in diagnostics.Concat(emit.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
        {
            Console.WriteLine("  " + error);
        }

        return 0;
    }

    /// <summary>
    /// PROBE_ANALYZERS=a.dll:b.dll runs those assemblies' C# analyzers over the compilation (generated code included,
    /// as a build does) and prints each one's execution time; PROBE_ANALYZER_FILTER=Name1,Name2 keeps only those.
    /// </summary>
    private static void RunAnalyzers(CSharpCompilation compilation)
    {
        var paths = (Environment.GetEnvironmentVariable("PROBE_ANALYZERS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (paths.Length == 0)
        {
            return;
        }

        var filter = (Environment.GetEnvironmentVariable("PROBE_ANALYZER_FILTER") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var loader = new AnalyzerAssemblyLoader();
        var analyzers = paths
            .SelectMany(path => new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(analyzer => filter.Length == 0 || filter.Contains(analyzer.GetType().Name))
            .ToImmutableArray();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var found = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Console.WriteLine($"analyzers: {analyzers.Length} ran in {watch.Elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:N0} MB allocated (binding included), {found.Length} diagnostics; slowest:");
        foreach (var analyzer in analyzers
            .Select(analyzer => (analyzer, time: withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime))
            .OrderByDescending(entry => entry.time).Take(6))
        {
            Console.WriteLine($"  {analyzer.time.TotalSeconds,7:F2} s  {analyzer.analyzer.GetType().Name}");
        }
    }

    private sealed class AnalyzerAssemblyLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private sealed class StubConverters : CSharpSyntaxRewriter
    {
        private static readonly BlockSyntax Throw = SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;"));

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
            node.Parent is ClassDeclarationSyntax { Identifier.Text: var name } && name.EndsWith("Converter", StringComparison.Ordinal) && (node.Body is not null || node.ExpressionBody is not null)
                ? node.WithBody(Throw).WithExpressionBody(null).WithSemicolonToken(default)
                : base.VisitMethodDeclaration(node);
    }

    private sealed class ShapeOnly : CSharpSyntaxRewriter
    {
        private static readonly BlockSyntax Throw = SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;"));

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
            node.Body is null && node.ExpressionBody is null
                ? node
                : node.WithModifiers(SyntaxFactory.TokenList(node.Modifiers.Where(m => !m.IsKind(SyntaxKind.AsyncKeyword)))).WithBody(KeepDirectives(Throw, node)).WithExpressionBody(null).WithSemicolonToken(default);

        // A body can hold preprocessor lines (Kiota's `#if ... #endif` around nullable variants); they stay, at its end.
        private static BlockSyntax KeepDirectives(BlockSyntax body, SyntaxNode original)
        {
            var directives = original.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective && (original is not MethodDeclarationSyntax m || m.Body is null || m.Body.FullSpan.Contains(t.Span) || m.ExpressionBody?.FullSpan.Contains(t.Span) == true)).ToList();
            return directives.Count == 0 ? body : body.WithCloseBraceToken(body.CloseBraceToken.WithLeadingTrivia(directives.SelectMany(d => new[] { SyntaxFactory.EndOfLine("\n"), d })).WithTrailingTrivia(original is MethodDeclarationSyntax { Body: { } b } ? b.CloseBraceToken.TrailingTrivia : default));
        }

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
            node.Body is null && node.ExpressionBody is null ? node : node.WithBody(SyntaxFactory.Block()).WithExpressionBody(null).WithSemicolonToken(default).WithInitializer(node.Initializer);

        public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
            node.WithBody(Throw).WithExpressionBody(null).WithSemicolonToken(default);

        public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
            node.WithBody(Throw).WithExpressionBody(null).WithSemicolonToken(default);

        public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node) =>
            node.Parent?.Parent is FieldDeclarationSyntax field && !field.Modifiers.Any(SyntaxKind.ConstKeyword) ? node.WithInitializer(null) : base.VisitVariableDeclarator(node);
    }
}
