// Package discover finds the registries of code that declares none, from
// their shape alone: what `registrylint init` proposes as a configuration.
//
// It works in two steps. [Analyzer] collects, per package and without
// facts, the evidence a registry leaves in code: calls of functions that
// take an interface value (or a factory of one), literal lists of them,
// and blank imports. [Find] reads the evidence of every analyzed package
// and keeps the shapes that registries have in real code:
//
//   - register calls of one function gathered in one function that is not
//     a func init(): policy central, that function is the init function
//     (register functions such as tts.Register, database/sql's style of
//     Registry.Register);
//   - a map, slice or array literal of adapters or factories in one
//     function: policy central (kubernetes' NewInTreeRegistry, OpenTofu's
//     backend/init.Init);
//   - register calls in the func init() of several files or packages:
//     policy self, with the package that blank-imports those packages as
//     aggregator (Prometheus' discovery/install), or inside one package
//     through a helper that takes a factory (node_exporter's
//     registerCollector(name, enabled, factory)).
//
// Not registries, never proposed: interfaces of the standard library
// (routing tables of http.Handler, error, fmt.Stringer, sort.Interface),
// calls that spread over many functions (run-time subscriptions made by
// constructors), functional options, and registrations made only in
// tests (test files are not read). An interface or register function
// declared outside the analyzed packages needs stronger evidence than the
// module's own.
package discover

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Evidence is what one package shows of registries: the result of
// [Analyzer] on it.
type Evidence struct {
	Pkg  *types.Package
	Fset *token.FileSet
	Info *types.Info
	// Calls are the calls of functions with an interface (or factory)
	// parameter, one per argument that carries a value of it.
	Calls []*CallSite
	// Lists are the literal maps, slices and arrays of interface values
	// or factories.
	Lists []*ListSite
	// BlankImports are the paths that non-test files import as _.
	BlankImports []string
	// Funcs are the package's function declarations, so that a factory
	// defined here can be followed from another package.
	Funcs map[*types.Func]*ast.FuncDecl
}

// CallSite is a call that passes a value (or a factory) of an interface.
type CallSite struct {
	Callee  *types.Func
	Iface   *types.TypeName
	Factory bool     // Arg is a factory of Iface values
	Arg     ast.Expr // the argument
	Site
}

// ListSite is a literal list of interface values or factories.
type ListSite struct {
	Lit     *ast.CompositeLit
	Iface   *types.TypeName
	Factory bool
	Site
}

// Site is where a call or literal is: its enclosing function.
type Site struct {
	Pos token.Pos
	// Func is the enclosing function declaration (closures count as
	// inside it); nil at package level.
	Func *types.Func
	// PackageInit reports that Func is a func init().
	PackageInit bool
	// Plumbing reports a call that forwards its enclosing function's own
	// parameter (a helper or a registry method), not a registration.
	Plumbing bool
	ev       *Evidence
}

// Evidence returns the evidence of the package the site is in.
func (s *Site) Evidence() *Evidence { return s.ev }

// Analyzer returns the evidence analyzer: fact-free, its result on each
// package is an *[Evidence]. Test files are skipped.
func Analyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "registrydiscover",
		Doc:        "collects the shapes of registries (register calls, literal lists of adapters, blank imports) for registrylint init",
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		ResultType: reflect.TypeFor[*Evidence](),
		Run:        collect,
	}
}

// collect walks the package's non-test files once, with the inspector of
// inspect.Analyzer: its file cursors, test files skipped, then a node
// filter within each.
func collect(pass *analysis.Pass) (any, error) {
	ev := &Evidence{Pkg: pass.Pkg, Fset: pass.Fset, Info: pass.TypesInfo, Funcs: make(map[*types.Func]*ast.FuncDecl)}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	filter := []ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}
	for fc := range in.Root().Children() {
		f := fc.Node().(*ast.File)
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, spec := range f.Imports {
			if spec.Name != nil && spec.Name.Name == "_" {
				if p, err := strconv.Unquote(spec.Path.Value); err == nil {
					ev.BlankImports = append(ev.BlankImports, p)
				}
			}
		}
		for c := range fc.Preorder(filter...) {
			var decl *ast.FuncDecl
			var declObj *types.Func
			for e := range c.Enclosing((*ast.FuncDecl)(nil)) {
				decl = e.Node().(*ast.FuncDecl)
				declObj, _ = pass.TypesInfo.Defs[decl.Name].(*types.Func)
				break
			}
			switch n := c.Node().(type) {
			case *ast.FuncDecl:
				if declObj != nil {
					ev.Funcs[declObj] = n
				}
			case *ast.CallExpr:
				ev.call(pass, n, decl, declObj)
			case *ast.CompositeLit:
				ev.list(pass, n, decl, declObj)
			}
		}
	}
	return ev, nil
}

func (ev *Evidence) site(pos token.Pos, decl *ast.FuncDecl, fn *types.Func) Site {
	return Site{Pos: pos, Func: fn, PackageInit: decl != nil && decl.Recv == nil && decl.Name.Name == "init", ev: ev}
}

// call records a call whose callee takes an interface value or factory.
func (ev *Evidence) call(pass *analysis.Pass, call *ast.CallExpr, decl *ast.FuncDecl, fn *types.Func) {
	callee := typeutil.StaticCallee(pass.TypesInfo, call)
	if callee == nil || call.Ellipsis.IsValid() {
		return
	}
	sig := callee.Signature()
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		variadic := sig.Variadic() && i == params.Len()-1
		if variadic {
			t = t.(*types.Slice).Elem()
		}
		iface, factory := carried(t)
		if iface == nil {
			continue
		}
		args := call.Args[min(i, len(call.Args)):]
		if !variadic && len(args) > 0 {
			args = args[:1]
		}
		for _, arg := range args {
			s := ev.site(call.Pos(), decl, fn)
			s.Plumbing = forwards(pass.TypesInfo, arg, fn) || sameReceiver(fn, callee)
			ev.Calls = append(ev.Calls, &CallSite{Callee: callee.Origin(), Iface: iface, Factory: factory, Arg: arg, Site: s})
		}
	}
}

// list records a literal list of interface values or factories.
func (ev *Evidence) list(pass *analysis.Pass, lit *ast.CompositeLit, decl *ast.FuncDecl, fn *types.Func) {
	elem := model.ListElem(pass.TypesInfo, lit)
	if elem == nil {
		return
	}
	if iface, factory := carried(elem); iface != nil {
		ev.Lists = append(ev.Lists, &ListSite{Lit: lit, Iface: iface, Factory: factory, Site: ev.site(lit.Pos(), decl, fn)})
	}
}

// carried returns the named interface whose values a value of type t
// carries: t itself, or the first result of a function type t returning
// (I) or (I, error), a factory.
func carried(t types.Type) (iface *types.TypeName, factory bool) {
	if tn := namedInterface(t); tn != nil {
		return tn, false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || sig.Results().Len() > 2 {
		return nil, false
	}
	if sig.Results().Len() == 2 && !isError(sig.Results().At(1).Type()) {
		return nil, false
	}
	if tn := namedInterface(sig.Results().At(0).Type()); tn != nil {
		return tn, true
	}
	return nil, false
}

// namedInterface returns the type name of t when t is a named interface
// with methods, declared in a package, not generic.
func namedInterface(t types.Type) *types.TypeName {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.TypeParams().Len() > 0 || named.TypeArgs().Len() > 0 {
		return nil
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	return named.Obj()
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// forwards reports whether arg is a parameter of fn: the call passes on
// what fn was given (a register helper, a registry method).
func forwards(info *types.Info, arg ast.Expr, fn *types.Func) bool {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok || fn == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if params.At(i) == v {
			return true
		}
	}
	return false
}

// sameReceiver reports whether a and b are methods of one named type.
func sameReceiver(a, b *types.Func) bool {
	if a == nil || b == nil {
		return false
	}
	ra, rb := a.Signature().Recv(), b.Signature().Recv()
	if ra == nil || rb == nil {
		return false
	}
	return typeKey(ra.Type()) != "" && typeKey(ra.Type()) == typeKey(rb.Type())
}

// typeKey returns "path.Name" of a (pointer to a) named type, or "".
func typeKey(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	return named.Obj().Pkg().Path() + "." + named.Obj().Name()
}
