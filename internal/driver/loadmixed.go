package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// metaMode is the one `go list` of -load=auto: names, files, the import
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
func (r *runner) loadMixed(patterns []string) ([]*packages.Package, error) {
	cfg := r.packagesConfig(metaMode)
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, errNoRoots
	}
	src := sourcePackages(roots, r.d.factSources(r.dir, roots))
	ld := &mixedLoader{
		fset:       token.NewFileSet(),
		src:        src,
		needExport: make(map[*packages.Package]bool),
		cpu:        make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	ld.loadAll(roots)
	if n := r.printPackageErrors(roots); n > 0 {
		return nil, errPackageErrors(n)
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

// typeCheck type-checks p from its parsed files, function bodies
// included (registrations live in them), and records its errors as
// go/packages does.
func (ld *mixedLoader) typeCheck(p *packages.Package, files []*ast.File, parseErrs []error) {
	listErrors := len(p.Errors)
	for _, err := range parseErrs {
		appendError(p, err)
	}
	p.Syntax = files
	p.TypesInfo = newTypesInfo()
	cfg := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				// go/packages drops the edges of import cycles and of
				// missing packages (go list reports both).
				if ld.listed[path] {
					return nil, fmt.Errorf("import cycle through %s", p.PkgPath)
				}
				return nil, fmt.Errorf("missing package %s", path)
			}
			if imp.Types == nil || !imp.Types.Complete() {
				return nil, fmt.Errorf("no type information for %s", path)
			}
			return imp.Types, nil
		}),
		Error: func(err error) { appendError(p, err) },
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		cfg.GoVersion = "go" + p.Module.GoVersion
	}
	ld.cpu <- struct{}{}
	err := types.NewChecker(cfg, ld.fset, p.Types, p.TypesInfo).Files(files)
	<-ld.cpu
	if err != nil && len(p.Errors) == 0 {
		appendError(p, err)
	}
	if len(p.Errors) > listErrors {
		p.Errors = dropBuildOutput(p)
	}
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		if imp.IllTyped {
			p.IllTyped = true
		}
	}
}

// readExportData fills in p.Types from p's export data. Reads are
// serialised: each may complete packages shared by the whole graph.
func (ld *mixedLoader) readExportData(p *packages.Package) {
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	if err := ld.readExportDataLocked(p); err != nil {
		p.IllTyped = true
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

func (ld *mixedLoader) readExportDataLocked(p *packages.Package) error {
	if p.ExportFile == "" {
		return fmt.Errorf("no export data for %s", p.ID)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	// Until Go 1.28, go list -export names compiler archives, which only
	// NewReader reads (as go/packages does); it reads cmd/export files too.
	r, err := gcexportdata.NewReader(f) //nolint:staticcheck // SA1019: see above
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	// gcexportdata knows packages by path: the view holds the package of
	// every path in p's import graph (test variants of one path never
	// meet in one graph), so that reading creates no package of its own.
	view := make(map[string]*types.Package)
	seen := make(map[*packages.Package]bool)
	var visit func(map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, imp := range imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = imp.Types
				visit(imp.Imports)
			}
		}
	}
	visit(p.Imports)
	view[p.PkgPath] = p.Types
	tpkg, err := gcexportdata.Read(r, ld.fset, view, p.PkgPath)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	p.Types = tpkg
	return nil
}

// dropBuildOutput returns p's errors without the compiler output that go
// list -export reports for a package that does not compile ("# path" and
// the compiler's lines), when type-checking p found the errors itself: the
// same errors, said twice, in another form than -load=source gives.
func dropBuildOutput(p *packages.Package) []packages.Error {
	var kept []packages.Error
	for _, e := range p.Errors {
		if e.Kind == packages.ListError && (strings.HasPrefix(e.Msg, "# "+p.PkgPath+"\n") || strings.HasPrefix(e.Msg, "# "+p.ID+"\n")) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// appendError records err in p.Errors in the forms go/packages uses, so
// that messages do not depend on -load.
func appendError(p *packages.Package, err error) {
	switch err := err.(type) {
	case packages.Error:
		p.Errors = append(p.Errors, err)
	case *os.PathError:
		p.Errors = append(p.Errors, packages.Error{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError})
	case scanner.ErrorList:
		for _, e := range err {
			p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	case types.Error:
		p.TypeErrors = append(p.TypeErrors, err)
		p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
	default:
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

// newTypesInfo returns a types.Info with every map an analyzer may read.
func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}

// importerFunc is a types.Importer made of a function.
type importerFunc func(path string) (*types.Package, error)

// Import implements types.Importer.
func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
