package driver

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
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
	r := &runner{d: d, stdout: io.Discard, stderr: o.Stderr, opts: &options{tests: o.Tests, tags: o.Tags}}
	if r.stderr == nil {
		r.stderr = io.Discard
	}
	if err := r.init(o.Dir); err != nil {
		return nil, err
	}
	if len(patterns) == 0 {
		return nil, fmt.Errorf("no packages given")
	}
	pkgs, err := r.load(patterns)
	if err != nil {
		return nil, err
	}
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
