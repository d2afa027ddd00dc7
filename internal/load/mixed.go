package load

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sync"

	"golang.org/x/tools/go/packages"
)

// metaMode is the one `go list` of the mixed load: names, files, the import
// graph and the export data of every package, but no syntax and no types,
// which the mixed loader below adds. go list runs with the same flags as
// for a fact-free driver (-deps -export -compiled).
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
	packages.NeedTypesSizes | packages.NeedModule

// mixedLoader type-checks from source the packages in src and gives every
// other package the types of its export data, as go/packages does for a
// fact-free driver, except that the packages loaded from source are
// chosen per package (see sourcePackages) rather than being the roots.
type mixedLoader struct {
	fset *token.FileSet
	src  map[*packages.Package]bool

	// needExport holds the packages whose export data must be read: the
	// direct imports of source packages that are not themselves loaded
	// from source.
	needExport map[*packages.Package]bool

	listed map[string]bool // the package paths of the import graph

	exportMu sync.Mutex // serialises export data reads, which may fill in shared packages
	cpu      chan struct{}
}

// loadMixed loads the packages matching patterns with one go list and
// type-checks from source the roots and the dependencies that can carry
// facts; every other dependency comes from export data. It returns the
// roots with Imports pruned to the packages loaded from source.
func loadMixed(cfg *Config, patterns []string) ([]*packages.Package, error) {
	roots, err := packages.Load(cfg.packagesConfig(metaMode), patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, errNoRoots
	}
	var factSources map[*packages.Package]bool
	if cfg.FactSources != nil {
		factSources = cfg.FactSources(roots)
	}
	ld := &mixedLoader{
		fset:       token.NewFileSet(),
		src:        sourcePackages(roots, factSources),
		needExport: make(map[*packages.Package]bool),
		cpu:        make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	ld.loadAll(roots)
	if err := packageErrors(roots); err != nil {
		return nil, err
	}
	pruneToSource(roots)
	return roots, nil
}

// loadAll loads every package in the import graph of roots, each after
// its imports (leaves first, in parallel), as go/packages does: a package
// of src is parsed and type-checked, a package in needExport reads its
// export data, any other gets an empty *types.Package that export data
// of its importers may fill in.
func (ld *mixedLoader) loadAll(roots []*packages.Package) {
	var all []*packages.Package
	ld.listed = make(map[string]bool)
	for p := range packages.Postorder(roots) {
		all = append(all, p)
		ld.listed[p.PkgPath] = true
		p.Fset = ld.fset
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			// Created before any export data is read, so that reading
			// never has to create a package (see go/packages).
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
		if ld.src[p] {
			for _, imp := range p.Imports {
				if !ld.src[imp] {
					ld.needExport[imp] = true
				}
			}
		}
	}
	done := make(map[*packages.Package]chan struct{}, len(all))
	for _, p := range all {
		done[p] = make(chan struct{})
	}
	var wg sync.WaitGroup
	for _, p := range all {
		wg.Go(func() {
			defer close(done[p])
			var files []*ast.File
			var parseErrs []error
			if ld.src[p] {
				files, parseErrs = ld.parseFiles(p.CompiledGoFiles)
			}
			for _, imp := range p.Imports {
				<-done[imp]
			}
			switch {
			case p.PkgPath == "unsafe":
				p.Syntax = []*ast.File{}
				p.TypesInfo = newTypesInfo()
			case ld.src[p]:
				ld.typeCheck(p, files, parseErrs)
			case ld.needExport[p]:
				ld.readExportData(p)
			}
		})
	}
	wg.Wait()
}

// parseFiles parses the files of one package, in parallel, keeping the
// order of names; files that do not parse at all are left out, and the
// errors are returned.
func (ld *mixedLoader) parseFiles(names []string) ([]*ast.File, []error) {
	files := make([]*ast.File, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() {
			src, err := os.ReadFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			ld.cpu <- struct{}{}
			defer func() { <-ld.cpu }()
			// The same mode as go/packages, which keeps resolving
			// ast.Objects for analyzers that still use them.
			files[i], errs[i] = parser.ParseFile(ld.fset, name, src, parser.AllErrors|parser.ParseComments)
		})
	}
	wg.Wait()
	var parsed []*ast.File
	var failed []error
	for i := range names {
		if files[i] != nil {
			parsed = append(parsed, files[i])
		}
		if errs[i] != nil {
			failed = append(failed, errs[i])
		}
	}
	return parsed, failed
}
