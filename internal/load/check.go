package load

import (
	"fmt"
	"go/ast"
	"go/scanner"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/packages"
)

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

// dropBuildOutput returns p's errors without the compiler output that go
// list -export reports for a package that does not compile ("# path" and
// the compiler's lines), when type-checking p found the errors itself: the
// same errors, said twice, in another form than Config.Source gives.
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
// that messages do not depend on Config.Source.
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
