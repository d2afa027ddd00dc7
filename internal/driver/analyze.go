package driver

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// AnalyzeOptions are the load options of [Driver.Analyze].
type AnalyzeOptions struct {
	Dir    string    // working directory ("" for the current one)
	Tests  bool      // load test variants too
	Tags   string    // build tags, comma-separated
	Stderr io.Writer // where load errors are printed
}

// Analyze loads the packages matching patterns as [Driver.Run] does and
// runs analyzer a (and what it requires) on them. It returns the results
// of a on the root packages, test variants included, in package ID order.
// For commands that report something else than diagnostics (an inventory).
func (d *Driver) Analyze(a *analysis.Analyzer, patterns []string, o AnalyzeOptions) ([]any, error) {
	results, _, err := d.AnalyzeStages(patterns, o, a, nil)
	return results, err
}

// analyzeRoots runs a on pkgs and returns its results on the roots, in
// package ID order.
func analyzeRoots(a *analysis.Analyzer, pkgs []*packages.Package) ([]any, error) {
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	roots := slices.Clone(graph.Roots)
	slices.SortFunc(roots, func(x, y *checker.Action) int { return strings.Compare(x.Package.ID, y.Package.ID) })
	var results []any
	for _, act := range roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %v", act.Package.ID, act.Err)
		}
		results = append(results, act.Result)
	}
	return results, nil
}

// AnalyzeStages loads the packages matching patterns once, as
// [Driver.Analyze] does, and runs two analyzers over them in turn: first,
// then the analyzer that next makes from first's results (next nil, or
// returning nil: no second stage). It returns the results of both on the root packages, in
// package ID order. For commands whose second analysis depends on what
// the first found (registrylint init runs the registry model with the
// configuration it inferred), without loading twice.
func (d *Driver) AnalyzeStages(patterns []string, o AnalyzeOptions, first *analysis.Analyzer, next func(results []any) (*analysis.Analyzer, error)) (firstResults, nextResults []any, err error) {
	r := &runner{d: d, stdout: io.Discard, stderr: o.Stderr, opts: &options{tests: o.Tests, tags: o.Tags}}
	if r.stderr == nil {
		r.stderr = io.Discard
	}
	if err := r.init(o.Dir); err != nil {
		return nil, nil, err
	}
	if len(patterns) == 0 {
		return nil, nil, fmt.Errorf("no packages given")
	}
	pkgs, err := r.load(patterns)
	if err != nil {
		return nil, nil, err
	}
	if firstResults, err = analyzeRoots(first, pkgs); err != nil {
		return nil, nil, err
	}
	if next == nil {
		return firstResults, nil, nil
	}
	second, err := next(firstResults)
	if err != nil || second == nil {
		return firstResults, nil, err
	}
	nextResults, err = analyzeRoots(second, pkgs)
	return firstResults, nextResults, err
}
