package analyzer_test

import (
	"os"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/corpus"
	"github.com/registrylint/registrylint/internal/nopanalyzer"
)

// BenchmarkAnalyze runs the analyzers over generated corpora (package
// internal/corpus): for each size, the packages are generated and loaded
// once (as the command loads them: all syntax, test variants included),
// then each iteration runs checker.Analyze over them.
//
//   - registrylint: analyzer.New(nil) (the model analyzer on every
//     package of the import graph, since it has facts, and the rules on
//     the roots), then the whole-program check over the roots' summaries,
//     as the command does. Metrics: program-ns/op is the time of
//     CheckProgram alone, program-% its share of the iteration, and
//     findings the number of diagnostics (checked against the planted
//     mistakes).
//   - nop: the do-nothing baseline (internal/nopanalyzer): requires
//     inspect.Analyzer and walks every node of the roots, reporting
//     nothing.
//   - nopfacts: the same with a fact type, so that the checker runs it
//     (and inspect.Analyzer) on every package of the import graph, as it
//     runs registrylint's model analyzer: what registrylint pays for being
//     a fact-using analyzer before it does any work of its own.
//   - program: the whole-program check alone (analyzer.CheckProgram over
//     the summaries of one registrylint run).
//
// Run with, for example:
//
//	go test ./analyzer -run '^$' -bench Analyze -benchtime 5x -count 3
//
// Loading is outside the timer; so is generation. Set
// REGISTRYLINT_BENCH_LARGE=1 to add the large (~1,000 packages) corpus,
// which takes about 1 GB and half a minute to load.
func BenchmarkAnalyze(b *testing.B) {
	sizes := []string{"small", "medium"}
	if os.Getenv("REGISTRYLINT_BENCH_LARGE") != "" {
		sizes = append(sizes, "large")
	}
	for _, size := range sizes {
		b.Run(size, func(b *testing.B) {
			c, pkgs := loadCorpus(b, corpus.Sizes[size])
			b.Run("registrylint", func(b *testing.B) { benchRegistrylint(b, c, pkgs) })
			b.Run("nop", func(b *testing.B) { benchNop(b, nopanalyzer.New(), pkgs) })
			b.Run("nopfacts", func(b *testing.B) { benchNop(b, nopanalyzer.NewWithFacts(), pkgs) })
			b.Run("program", func(b *testing.B) { benchProgram(b, pkgs) })
		})
	}
}

// loadCorpus generates the corpus of cfg in a temporary directory and
// loads it.
func loadCorpus(b *testing.B, cfg corpus.Config) (*corpus.Corpus, []*packages.Package) {
	b.Helper()
	c, err := corpus.Generate(cfg)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := c.Write(dir); err != nil {
		b.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Env:   append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"),
		Tests: true,
	}, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		b.Fatalf("%d errors loading the generated corpus", n)
	}
	return c, pkgs
}

func benchRegistrylint(b *testing.B, c *corpus.Corpus, pkgs []*packages.Package) {
	a := analyzer.New(nil)
	var program time.Duration
	findings := -1
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		var summaries []*analyzer.Summary
		seen := make(map[string]bool) // positions and messages, as the command dedups test variants
		n := 0
		count := func(d analysis.Diagnostic) {
			key := pkgs[0].Fset.Position(d.Pos).String() + d.Message
			if !seen[key] {
				seen[key] = true
				n++
			}
		}
		for _, act := range graph.Roots {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
			for _, d := range act.Diagnostics {
				count(d)
			}
			if s, ok := act.Result.(*analyzer.Summary); ok && s != nil {
				summaries = append(summaries, s)
			}
		}
		start := time.Now()
		for _, d := range analyzer.CheckProgram(summaries) {
			count(d)
		}
		program += time.Since(start)
		if findings < 0 {
			findings = n
			if n != c.PlantedTotal() {
				b.Fatalf("%d findings, %d planted", n, c.PlantedTotal())
			}
		}
	}
	b.StopTimer()
	elapsed := b.Elapsed()
	b.ReportMetric(float64(program.Nanoseconds())/float64(b.N), "program-ns/op")
	if elapsed > 0 {
		b.ReportMetric(100*float64(program)/float64(elapsed), "program-%")
	}
	b.ReportMetric(float64(findings), "findings")
}

func benchNop(b *testing.B, a *analysis.Analyzer, pkgs []*packages.Package) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, act := range graph.Roots {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
		}
	}
}

func benchProgram(b *testing.B, pkgs []*packages.Package) {
	a := analyzer.New(nil)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		b.Fatal(err)
	}
	var summaries []*analyzer.Summary
	for _, act := range graph.Roots {
		if s, ok := act.Result.(*analyzer.Summary); ok && s != nil {
			summaries = append(summaries, s)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		analyzer.CheckProgram(summaries)
	}
}
