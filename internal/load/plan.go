package load

import "golang.org/x/tools/go/packages"

// sourcePackages returns the packages of the import graph of roots that
// the mixed load type-checks from source: the roots; the fact sources
// (which may declare what the analyzers export facts about) and every
// package that imports one, directly or not, since its facts may depend
// on them; and every package without export data (it did not compile;
// go/packages falls back to source too) or importing one. Every other
// package has no facts to give and comes from export data.
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
