package driver

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// factSources returns the packages that may declare what the analyzers
// export facts about, by the Driver's FactSources, or else every package
// when an analyzer uses facts and none when none does: the FactSources
// of the load of a run in dir.
func (d *Driver) factSources(dir string, roots []*packages.Package) map[*packages.Package]bool {
	if d.FactSources != nil {
		return d.FactSources(dir, roots)
	}
	sources := make(map[*packages.Package]bool)
	if usesFacts(d.Analyzers) {
		for p := range packages.Postorder(roots) {
			sources[p] = true
		}
	}
	return sources
}

// usesFacts reports whether an analyzer of as, or one it requires,
// declares fact types.
func usesFacts(as []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var uses func(a *analysis.Analyzer) bool
	uses = func(a *analysis.Analyzer) bool {
		if seen[a] {
			return false
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		for _, req := range a.Requires {
			if uses(req) {
				return true
			}
		}
		return false
	}
	for _, a := range as {
		if uses(a) {
			return true
		}
	}
	return false
}
