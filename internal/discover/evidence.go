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
// The list may also be the initializer of a package-level variable, the
// register function a method of any name that keeps its argument
// (Catalog.Put) or of a generic registry type instantiated with the
// interface, and the interface may be declared in another module
// (kubernetes' plugins implement k8s.io/kube-scheduler/framework.Plugin).
//
// Not registries, never proposed: interfaces of the standard library
// (routing tables of http.Handler, error, fmt.Stringer, sort.Interface)
// unless it is the code analyzed, calls that spread over many functions
// (run-time subscriptions made by constructors), functional options,
// functions that keep nothing of their argument (converters, formatters,
// io.MultiReader), fan-out literals that build one value of the
// interface (ApplyMulti{human, json}), test helpers (see isTestHelper),
// and registrations made only in tests (test files are not read).
// Different adapters are different resolved types: nil, or a value whose
// type cannot be told, is none. A register function whose body is not
// among the analyzed packages is known by its name only, and needs more
// evidence.
package discover

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
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
	// Vars are the initializers of the package-level variables, so that
	// a registration of a variable resolves to what it holds.
	Vars map[*types.Var]ast.Expr
	// TestTypes are the keys ("path.Name") of the types declared for
	// tests outside _test.go files: in a testing.go-style file, in a file
	// that imports "testing", or in a package of test helpers.
	TestTypes map[string]bool
}

// CallSite is a call that passes a value (or a factory) of an interface.
type CallSite struct {
	Callee  *types.Func
	Param   int // the index of Callee's parameter that Arg is passed to
	Iface   *types.TypeName
	Factory bool     // Arg is a factory of Iface values
	Arg     ast.Expr // the argument
	// CalleeTestHelper reports a callee that serves tests (see
	// isTestHelper): no register function.
	CalleeTestHelper bool
	Site
}

// ListSite is a literal list of interface values or factories.
type ListSite struct {
	Lit     *ast.CompositeLit
	Iface   *types.TypeName
	Factory bool
	// Var is the package-level variable whose initializer the literal
	// is (Func is then nil).
	Var *types.Var
	// FanOut reports a literal that builds one value of the interface
	// from several (a multiplexer such as ApplyMulti{human, json}): its
	// type implements the interface, it is a field of a literal that
	// does, or its function returns one value of the interface.
	FanOut bool
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
	// TestHelper reports that Func serves tests (see isTestHelper): it is
	// no init function.
	TestHelper bool
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
	ev := &Evidence{Pkg: pass.Pkg, Fset: pass.Fset, Info: pass.TypesInfo, Funcs: make(map[*types.Func]*ast.FuncDecl),
		Vars: make(map[*types.Var]ast.Expr), TestTypes: make(map[string]bool)}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	filter := []ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}
	for fc := range in.Root().Children() {
		f := fc.Node().(*ast.File)
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		importsTesting := false
		for _, spec := range f.Imports {
			p, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			importsTesting = importsTesting || p == "testing"
			if spec.Name != nil && spec.Name.Name == "_" {
				ev.BlankImports = append(ev.BlankImports, p)
			}
		}
		ev.declarations(pass, f, importsTesting || isTestingFile(pass.Fset.File(f.Pos()).Name()) || isTestPackage(pass.Pkg.Path()))
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
				ev.list(pass, c, decl, declObj)
			}
		}
	}
	return ev, nil
}

func (ev *Evidence) site(pos token.Pos, decl *ast.FuncDecl, fn *types.Func) Site {
	return Site{Pos: pos, Func: fn, PackageInit: decl != nil && decl.Recv == nil && decl.Name.Name == "init",
		TestHelper: isTestHelper(ev.Fset, fn), ev: ev}
}

// declarations records the initializers of the package-level variables
// of file f and, when forTests, the types it declares as test types.
func (ev *Evidence) declarations(pass *analysis.Pass, f *ast.File, forTests bool) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			switch spec := spec.(type) {
			case *ast.TypeSpec:
				if forTests {
					ev.TestTypes[pass.Pkg.Path()+"."+spec.Name.Name] = true
				}
			case *ast.ValueSpec:
				if len(spec.Values) != len(spec.Names) {
					continue
				}
				for i, name := range spec.Names {
					if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok {
						ev.Vars[v] = spec.Values[i]
					}
				}
			}
		}
	}
}

// call records a call whose callee takes an interface value or factory.
func (ev *Evidence) call(pass *analysis.Pass, call *ast.CallExpr, decl *ast.FuncDecl, fn *types.Func) {
	callee := typeutil.StaticCallee(pass.TypesInfo, call)
	if callee == nil || call.Ellipsis.IsValid() {
		return
	}
	sig := callee.Signature()
	if t, ok := pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && model.IsGenericMethod(callee) {
		sig = t // a method of a generic type, instantiated: Registry[Compressor].Register
	}
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		variadic := sig.Variadic() && i == params.Len()-1
		if variadic {
			t = t.(*types.Slice).Elem()
		}
		if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
			t = tp.Constraint() // func Register[T Adapter](a T)
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
			ev.Calls = append(ev.Calls, &CallSite{Callee: callee.Origin(), Param: i, Iface: iface, Factory: factory, Arg: arg,
				CalleeTestHelper: isTestHelper(pass.Fset, callee.Origin()), Site: s})
		}
	}
}

// list records a literal list of interface values or factories, in a
// function or as the initializer of a package-level variable.
func (ev *Evidence) list(pass *analysis.Pass, c inspector.Cursor, decl *ast.FuncDecl, fn *types.Func) {
	lit := c.Node().(*ast.CompositeLit)
	elem := model.ListElem(pass.TypesInfo, lit)
	if elem == nil {
		return
	}
	iface, factory := carried(elem)
	if iface == nil {
		return
	}
	l := &ListSite{Lit: lit, Iface: iface, Factory: factory, Site: ev.site(lit.Pos(), decl, fn)}
	if decl == nil {
		l.Var = packageVar(pass.TypesInfo, c)
	}
	l.FanOut = fanOut(pass.TypesInfo, c, decl, iface)
	ev.Lists = append(ev.Lists, l)
}

// packageVar returns the package-level variable whose initializer is the
// literal at c, or nil.
func packageVar(info *types.Info, c inspector.Cursor) *types.Var {
	vs, ok := c.Parent().Node().(*ast.ValueSpec)
	if !ok {
		return nil
	}
	for i, v := range vs.Values {
		if v == c.Node() && i < len(vs.Names) {
			obj, _ := info.Defs[vs.Names[i]].(*types.Var)
			return obj
		}
	}
	return nil
}

// fanOut reports a literal at c that builds one value of iface from
// several: its own type implements iface (ApplyMulti{human, json}), it
// is a field or element of a literal whose type does (a tee holding
// []Sink{a, b}), or the function it is in returns one value of iface.
func fanOut(info *types.Info, c inspector.Cursor, decl *ast.FuncDecl, iface *types.TypeName) bool {
	it, _ := iface.Type().Underlying().(*types.Interface)
	if it == nil {
		return false
	}
	implements := func(t types.Type) bool {
		if t == nil || types.IsInterface(t) {
			return false
		}
		return types.Implements(t, it) || !isPointer(t) && types.Implements(types.NewPointer(t), it)
	}
	if implements(info.TypeOf(c.Node().(ast.Expr))) {
		return true
	}
	outer := c.Parent()
	if _, ok := outer.Node().(*ast.KeyValueExpr); ok {
		outer = outer.Parent()
	}
	if lit, ok := outer.Node().(*ast.CompositeLit); ok && implements(info.TypeOf(lit)) {
		return true
	}
	if decl != nil && decl.Type.Results != nil && len(decl.Type.Results.List) > 0 {
		if t := info.TypeOf(decl.Type.Results.List[0].Type); t != nil && (types.Identical(t, iface.Type()) || implements(t)) {
			return true
		}
	}
	return false
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// isTestHelper reports a function that serves tests, never an init or
// register function: one declared in a testing.go-style file, one with a
// testing.TB, *testing.T or *testing.B parameter, or one in a package of
// test helpers (see isTestPackage). A name is no evidence.
func isTestHelper(fset *token.FileSet, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if fn.Pkg() != nil && isTestPackage(fn.Pkg().Path()) {
		return true
	}
	if isTestingFile(fset.Position(fn.Pos()).Filename) {
		return true
	}
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if isTestingType(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// isTestingFile reports a non-test file that holds test support by its
// name: testing.go or *_testing.go.
func isTestingFile(name string) bool {
	base := path.Base(filepath.ToSlash(name))
	return base == "testing.go" || strings.HasSuffix(base, "_testing.go")
}

// isTestingType reports testing.TB, *testing.T, *testing.B (and
// *testing.F).
func isTestingType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "testing" {
		return false
	}
	switch named.Obj().Name() {
	case "TB", "T", "B", "F":
		return true
	}
	return false
}

// isTestPackage reports a package of test helpers: see
// [model.IsTestPackage], the one test for the model and init.
var isTestPackage = model.IsTestPackage

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
	if sig.Results().Len() == 2 && !model.IsError(sig.Results().At(1).Type()) {
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

// typeKey returns the key of a (pointer to a) named type as the registry
// model writes it ("path.Name", with the type arguments of an instance of
// a generic type), or "".
func typeKey(t types.Type) string {
	key, _ := model.TypeKey(t)
	return key
}
