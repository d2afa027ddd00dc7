package driver

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// sourcePackages returns the packages of the import graph of roots that
// -load=auto type-checks from source: the roots; the fact sources (which
// may declare what the analyzers export facts about) and every package
// that imports one, directly or not, since its facts may depend on them;
// and every package without export data (it did not compile; go/packages
// falls back to source too) or importing one. Every other package has no
// facts to give and comes from export data.
func sourcePackages(roots []*packages.Package, factSources map[*packages.Package]bool) map[*packages.Package]bool {
	carries := make(map[*packages.Package]bool)
	broken := make(map[*packages.Package]bool)
	src := make(map[*packages.Package]bool)
	for p := range packages.Postorder(roots) { // imports first
		if p.PkgPath == "unsafe" {
			continue
		}
		carries[p] = factSources[p]
		broken[p] = p.ExportFile == ""
		for _, imp := range p.Imports {
			carries[p] = carries[p] || carries[imp]
			broken[p] = broken[p] || broken[imp]
		}
		src[p] = carries[p] || broken[p]
	}
	for _, p := range roots {
		src[p] = true
	}
	return src
}

// factSources returns the packages that may declare what the analyzers
// export facts about, by the Driver's FactSources, or else every package
// when an analyzer uses facts and none when none does.
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

// InStandardLibrary reports whether package p, as loaded by go/packages
// with module information, is part of the standard library.
func InStandardLibrary(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	if len(p.GoFiles) == 0 {
		return !strings.Contains(strings.Split(p.PkgPath, "/")[0], ".")
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(p.GoFiles[0], root)
}

// pruneToSource keeps in each package's Imports only the packages loaded
// from source (with syntax), so that the checker analyzes no package that
// came from export data.
func pruneToSource(pkgs []*packages.Package) {
	for p := range packages.Postorder(pkgs) {
		for path, imp := range p.Imports {
			if len(imp.Syntax) == 0 || imp.TypesInfo == nil {
				delete(p.Imports, path)
			}
		}
	}
}
