package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/directive"

	"github.com/registrylint/registrylint/internal/config"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Model is the registry model of one package: the result of the model
// analyzer, read by the rules.
type Model struct {
	// Registries are the registries visible in the package: declared in it
	// or in a package it imports (transitively), keyed by interface.
	Registries []*Registry
	// Adapters are the adapters declared in the package, in source order.
	Adapters []*Adapter
	// RegistryInits are the registries' init functions declared in the
	// package (a function named by //registrylint:init or the
	// configuration, not Go's package init, func init()).
	RegistryInits []*RegistryInit
	// Calls are the calls of register functions in the package.
	Calls []*RegisterCall
	// Lists are the composite literals whose elements are adapters or
	// factories of some registry, in the package.
	Lists []*ListLit
	// Outside lists the adapters that register calls outside an init
	// function register (central policy: self-registration, late
	// calls), each with the first such call, sorted by type.
	Outside []OutsideRegistration
	// Dispatch holds the switch statements and if/else-if chains of the
	// package, for the name-switch rule.
	Dispatch []*DispatchNode

	configErr     error // the configuration could not be loaded; the model is empty
	pass          *analysis.Pass
	cfg           *config.Config
	registries    map[string]*Registry
	suppress      *directive.Suppressions
	bad           []directive.BadDirective
	funcDecls     map[*types.Func]*ast.FuncDecl
	varSpecs      map[*types.Var]*ast.ValueSpec // package-level variables
	registers     map[*types.Func][]*Registry   // register functions of this package
	inits         map[types.Object]*RegistryInit
	registerFor   map[string]bool // registries with register functions declared here
	resolver      *resolver
	visible       *Visible // lazily computed, see (*Model).VisibleAdapters
	state         *walkState
	pkgsByPath    map[string]*types.Package // the package and its imports, see importedPackage
	registerCache map[*types.Func][]*Registry
	imported      map[string][]InitRef // see (*Model).ImportedInits; set by importRegistries
	sources       func(string) []byte  // file contents, read once, see (*Model).Source
	skipped       bool                 // no registry is visible: nothing to do
	adapterByType map[string]*Adapter  // Adapters by type key, see AdapterOf
}

// Registry is one registry, identified by its adapter interface.
type Registry struct {
	Info  RegistryInfo
	Obj   *types.TypeName
	Iface *types.Interface
	Local bool // declared in this package
}

// SeesRegistry reports whether a registry is declared in the package or
// in a package it imports: whether there was anything to model.
func (m *Model) SeesRegistry() bool { return !m.skipped }

// ConfigError returns the error of the package's configuration, which
// left the model empty, or nil.
func (m *Model) ConfigError() error { return m.configErr }

// Adapter is an adapter type declared in the package.
type Adapter struct {
	Info AdapterInfo
	Obj  *types.TypeName
	// NameMethod is the declaration of the name method when the package
	// declares it (possibly on an embedded type); nil otherwise.
	NameMethod *ast.FuncDecl
	// DynamicName explains why the name is not one constant ("" if it is,
	// or if it is unknown).
	DynamicName string
}

// RegistryInit is a registry's init function declared in the package:
// the one place that knows every adapter of its registries. It is a
// function or method, or a package-level variable whose initializer is
// a literal list of adapters or factories (var sinks = map[string]...{}).
type RegistryInit struct {
	Decl *ast.FuncDecl  // the function's declaration; nil for a variable
	Spec *ast.ValueSpec // the variable's declaration; nil for a function
	Name *ast.Ident     // the name of the function or variable
	Obj  types.Object   // a *types.Func, or a *types.Var for a variable
	// Registries are the registries it belongs to: named by its directive
	// or config, and those whose registrations appear in it.
	Registries []*Registry
	// Registrations are the registrations lexically inside it, in source
	// order.
	Registrations []*Registration

	dups map[*Registration]*Registration // see duplicates
}

// RegisterCall is a call of a register function.
type RegisterCall struct {
	Call     *ast.CallExpr
	Callee   *types.Func
	Registry *Registry
	Arg      ast.Expr      // the argument that carries the adapter
	Factory  bool          // Arg is a factory rather than an instance
	Func     *ast.FuncDecl // the enclosing function declaration, if any
	Init     *RegistryInit // the enclosing init function, if any
	Plumbing bool          // inside a register function or a registry method
	Stmt     ast.Stmt      // the statement the call is, if it is one
	File     *ast.File     // the file of the call
	// Types are the adapter type keys that Arg resolves to, and
	// Unresolved reports that it (partly) could not be resolved; both are
	// set once for every call that is not plumbing.
	Types      []string
	Unresolved bool

	// plain reports that Stmt can have another registration inserted
	// after it (see insertableAfter); siblings are the statements of the
	// block that holds Stmt.
	plain    bool
	Siblings []ast.Stmt
}

// Insertable reports whether another registration can be inserted right
// after this one without changing when it runs.
func (r *Registration) Insertable() bool {
	switch {
	case r.Call != nil:
		return r.Call.Stmt != nil && r.Call.plain
	case r.List != nil:
		return r.List.plain
	}
	return false
}

// Duplicates maps each registration of the init function that registers
// the same single adapter of the same registry as an earlier one (T and
// *T are one adapter) to that earlier one: what duplicate-registration
// reports. Two registrations of one type are the same adapter when the
// type's name method returns a constant (the registry can hold only one
// of them under that name), or when they are proved to register the same
// value (see [Registration.SameValue]); two variables of one type, or one
// constructor called with different arguments, of a type whose name is
// not a constant may be different adapters (jwt's RS256 and RS384 are
// both *SigningMethodRSA, named by a field). Computed once per init
// function.
func (in *RegistryInit) Duplicates() map[*Registration]*Registration {
	if in.dups != nil {
		return in.dups
	}
	in.dups = make(map[*Registration]*Registration)
	first := make(map[string]*Registration)
	for _, reg := range in.Registrations {
		if len(reg.Types) != 1 || reg.Unresolved {
			continue
		}
		key := reg.Registry.Info.Key + " " + reg.Types[0]
		if !reg.constantName {
			key += " " + reg.identity
		}
		if prev, dup := first[key]; dup {
			in.dups[reg] = prev
		} else {
			first[key] = reg
		}
	}
	return in.dups
}

// Registration is one adapter registration inside an init function: a
// register call or an element of a literal list.
type Registration struct {
	Registry *Registry
	Expr     ast.Expr      // the adapter or factory expression
	Call     *RegisterCall // the register call, or nil for a list element
	List     *ListLit      // the literal, for a list element
	Elt      ast.Expr      // the element (a KeyValueExpr in maps)
	Types    []string      // adapter type keys it resolves to
	// Unresolved reports that it (partly) could not be resolved.
	Unresolved bool
	// identity tells apart registrations of one type that may be
	// different values (see Duplicates): "" for a value built without
	// configuration, else the variable or the expression's text.
	identity string
	// constantName reports that the adapter it registers is named by a
	// constant: two registrations of it collide in the registry.
	constantName bool
}

// SameValue reports whether r and o are proved to register the same
// value: built the same way without configuration (T{}, &T{}, new(T), a
// constructor or factory without arguments), through the same variable,
// or written alike. Only then may a fix delete one of them: deleting
// &Gzip{level: 9} after &Gzip{level: 6} would change which configuration
// the program runs with.
func (r *Registration) SameValue(o *Registration) bool { return r.identity == o.identity }

// ListLit is a composite literal of adapters or factories.
type ListLit struct {
	Lit      *ast.CompositeLit
	Registry *Registry
	Factory  bool
	Func     *ast.FuncDecl // enclosing function declaration, or nil
	Init     *RegistryInit // enclosing init function, or nil
	Plumbing bool          // inside a register function or registry method
	File     *ast.File
	plain    bool       // elements can be inserted into it (see insertableAfter)
	pkgVar   *types.Var // the package-level variable it initializes (in part), or nil
}

// DispatchNode is a switch statement, type switch or if/else-if chain
// outside init functions, examined by the name-switch rule.
type DispatchNode struct {
	Node ast.Stmt // *ast.SwitchStmt, *ast.TypeSwitchStmt or the first *ast.IfStmt
	File *ast.File
	Fn   *ast.FuncDecl
}

// BuildModel computes the model of pass.Pkg and exports its facts.
func BuildModel(pass *analysis.Pass, cfg *config.Config) (*Model, error) {
	m := &Model{
		pass:        pass,
		cfg:         cfg,
		registries:  make(map[string]*Registry),
		funcDecls:   make(map[*types.Func]*ast.FuncDecl),
		registers:   make(map[*types.Func][]*Registry),
		inits:       make(map[types.Object]*RegistryInit),
		registerFor: make(map[string]bool),
	}
	placed := make(map[*ast.Comment]bool)
	roles := m.collectRoleDirectives(placed)
	var bad []directive.BadDirective
	m.suppress, bad = directive.ScanComments(pass.Fset, pass.Files, placed, pass.ReadFile)
	m.bad = append(m.bad, bad...)

	m.importRegistries()
	m.declareRegistries(roles)
	if len(m.Registries) == 0 {
		m.skipped = true
		m.checkConfigNames(roles)
		return m, nil
	}
	m.indexFuncDecls()
	m.resolver = newResolver(m)
	m.declareFuncRoles(roles)
	m.findAdapters()
	// The inspector is built here, not required from inspect.Analyzer:
	// the model runs on every dependency (it has facts), and most of them
	// (the standard library, packages that see no registry) return above
	// without needing one.
	m.walk(inspector.New(pass.Files))
	m.deriveRegisterHelpers()
	m.classifyCalls()
	m.collectRegistrations()
	m.addWrapperRegistrations()
	m.namesFromSelfRegistrations()
	m.markConstantNames()
	m.checkConfigNames(roles)
	m.exportFacts()
	return m, nil
}

// registryOf returns the registry whose interface is t, or nil.
func (m *Model) registryOf(t types.Type) *Registry {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	obj := named.Obj()
	if obj.Pkg() == nil {
		return nil
	}
	return m.registries[obj.Pkg().Path()+"."+obj.Name()]
}

// FactoryOf returns the registry whose interface t produces, when t is a
// factory: a function type whose results are (I) or (I, error).
func (m *Model) FactoryOf(t types.Type) *Registry {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	res := sig.Results()
	switch res.Len() {
	case 1:
	case 2:
		if !IsError(res.At(1).Type()) {
			return nil
		}
	default:
		return nil
	}
	return m.registryOf(res.At(0).Type())
}

// AdapterParam returns the registry and the index of the parameter that
// carries an adapter (an instance or a factory) in sig, if any.
func (m *Model) AdapterParam(sig *types.Signature) (reg *Registry, index int, factory bool) {
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			if s, ok := t.(*types.Slice); ok {
				t = s.Elem()
			}
		}
		if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
			t = tp.Constraint() // func Register[T Adapter](a T)
		}
		if r := m.registryOf(t); r != nil {
			return r, i, false
		}
		if r := m.FactoryOf(t); r != nil {
			return r, i, true
		}
	}
	return nil, -1, false
}

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// IsTestFile reports whether the file at pos is a _test.go file.
func (m *Model) IsTestFile(pos token.Pos) bool {
	f := m.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// PosBefore reports whether a comes before b in source order: by file
// name, then offset. Comparing token.Pos values across files is not
// deterministic: drivers parse files in parallel, so the order of the
// files in a FileSet is that in which parsing ended.
func PosBefore(fset *token.FileSet, a, b token.Pos) bool {
	pa, pb := fset.Position(a), fset.Position(b)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	return pa.Offset < pb.Offset
}

// TypeKey returns the key of a named type (through one pointer):
// "import/path.Name", with the type arguments of an instance of a
// generic type (see typekey.go); "" when t is not a (pointer to a) named
// type.
func TypeKey(t types.Type) (key string, pointer bool) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t, pointer = types.Unalias(p.Elem()), true
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "", false
	}
	return typeKeyOfNamed(named), pointer
}

// position returns where pos is, in the package, as a message names it:
// see [Model.positionIn].
func (m *Model) position(pos token.Pos) string { return m.Position(pos) }

// Position returns where pos is, in the package, as a message names it
// ("tts/all/registry.go:20": see [Model.positionIn]).
func (m *Model) Position(pos token.Pos) string {
	return m.positionIn(m.pass.Pkg.Path(), pos)
}

// ObjPosition returns where obj is declared, as a message names it.
func (m *Model) ObjPosition(obj types.Object) string {
	if obj.Pkg() == nil {
		return m.pass.Fset.Position(obj.Pos()).String()
	}
	return m.positionIn(obj.Pkg().Path(), obj.Pos())
}

// positionIn returns "dir/file.go:line" for pos in the package pkgPath:
// relative to the module root when the package is in the module being
// analyzed ("tts/coqui/coqui.go:16", as go vet and golangci-lint print
// positions from there), else the import path of the package followed by
// the file name. Messages carry it because go vet and golangci-lint show
// only the message, not the related information.
func (m *Model) positionIn(pkgPath string, pos token.Pos) string {
	return MessagePosition(m.pass.Fset, ModulePath(m.pass), pkgPath, pos)
}

// ModulePath returns the path of the module of the package being
// analyzed, "" when unknown.
func ModulePath(pass *analysis.Pass) string {
	if pass.Module != nil {
		return pass.Module.Path
	}
	return ""
}

// relativeFile returns name relative to the working directory when it is
// inside it, else name.
func relativeFile(name string) string {
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return name
}

// MessagePosition is [Model.positionIn] for a module path.
func MessagePosition(fset *token.FileSet, module, pkgPath string, pos token.Pos) string {
	p := fset.Position(pos)
	if pkgPath == "command-line-arguments" {
		// Files named on the command line: their path, as given.
		return relativeFile(p.Filename) + ":" + strconv.Itoa(p.Line)
	}
	file := p.Filename
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	dir := pkgPath
	if module != "" {
		if dir == module {
			dir = ""
		} else if rest, ok := strings.CutPrefix(dir, module+"/"); ok {
			dir = rest
		}
	}
	if dir != "" {
		file = dir + "/" + file
	}
	return file + ":" + strconv.Itoa(p.Line)
}

// IsPackageInit reports whether decl is a func init() of its package.
func IsPackageInit(decl *ast.FuncDecl) bool {
	return decl != nil && decl.Recv == nil && decl.Name.Name == "init"
}
