package model

import "sort"

// InferAggregator returns the package that gathers the adapter packages
// of a self-registering registry: the one whose non-test files
// blank-import the most of them, when it blank-imports at least one and
// no other package as many (SPEC §5); "" when none does or on a tie. No
// share of the adapter packages is required: a forgotten blank import,
// the very mistake to catch, must not switch the inference off. blankImports maps a package
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
	best, bestN, tie := "", 0, false
	for _, p := range paths {
		n := 0
		seen := make(map[string]bool)
		for _, imp := range blankImports[p] {
			if want[imp] && !seen[imp] {
				seen[imp] = true
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = p, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if bestN < 1 || tie {
		return ""
	}
	return best
}
