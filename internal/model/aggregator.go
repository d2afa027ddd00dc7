package model

import "sort"

// InferAggregator returns the package that gathers the adapter packages
// of a self-registering registry: the one whose non-test files
// blank-import the most of them, at least two and at least 80%, the first
// in path order on a tie; "" when none does. blankImports maps a package
// path to the paths its non-test files import as _. It is the one
// inference of an aggregator, for `registrylint init`'s proposals and the
// commands that need an aggregator the configuration does not name.
func InferAggregator(blankImports map[string][]string, adapterPkgs []string) string {
	if len(adapterPkgs) == 0 {
		return ""
	}
	want := make(map[string]bool, len(adapterPkgs))
	for _, p := range adapterPkgs {
		want[p] = true
	}
	paths := make([]string, 0, len(blankImports))
	for p := range blankImports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	best, bestN := "", 0
	for _, p := range paths {
		n := 0
		seen := make(map[string]bool)
		for _, imp := range blankImports[p] {
			if want[imp] && !seen[imp] {
				seen[imp] = true
				n++
			}
		}
		if n > bestN {
			best, bestN = p, n
		}
	}
	if bestN < 2 || 5*bestN < 4*len(want) {
		return ""
	}
	return best
}
