package edit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
	"golang.org/x/tools/go/types/typeutil"
)

// Plan is what every unregistered finding of one registry in one
// init function, and its fix, needs to know of that init function:
// computed once per (init function, registry), never per finding.
type Plan struct {
	// model is the last registration of the registry that a new one can
	// imitate (a register call statement with one argument, or a literal
	// element), one that no fix deletes if there is one; nil when there
	// is none.
	Like *model.Registration
	// place is the last registration of the registry after which a new
	// one can be inserted (see [Registration.insertable]) and that no
	// other fix deletes (a duplicate registration), so that the fixes of
	// one run never overlap; nil when there is none.
	place *model.Registration
	// KeyedByConstants reports whether most entries of model's literal
	// are keyed by named constants rather than string literals.
	KeyedByConstants bool
}

// InsertionPlan returns the plan of registry r in init function in.
func (m *Model) InsertionPlan(in *model.RegistryInit, r *model.Registry) *Plan {
	key := planKey{in, r.Info.Key}
	if p, ok := m.plans[key]; ok {
		return p
	}
	m.plansBuilt++
	p := &Plan{}
	dups := in.Duplicates()
	var lastDup *model.Registration
	for _, reg := range in.Registrations {
		if reg.Registry.Info.Key != r.Info.Key || reg.Call != nil && (reg.Call.Stmt == nil || len(reg.Call.Call.Args) != 1) {
			continue
		}
		if prev := dups[reg]; prev != nil && reg.SameValue(prev) {
			lastDup = reg // deleted by its fix: a form to imitate only when there is no other
			continue
		}
		p.Like = reg
		if reg.Insertable() {
			p.place = reg
		}
	}
	if p.Like == nil {
		p.Like = lastDup
	}
	if p.Like != nil && p.Like.List != nil {
		p.KeyedByConstants = keyedByConstants(in, p.Like.List)
	}
	if m.plans == nil {
		m.plans = make(map[planKey]*Plan)
	}
	m.plans[key] = p
	return p
}

// NewRegistration returns the registration of a that the init function
// would make, modelled on its last registration of r (model), and the
// registration after which to insert it (place), from the init function's
// [insertionPlan]. ok is false when no form fits (no registration to
// copy, a register call with several arguments, a factory registration
// for which a's package has no function of the factory type: then text is
// "") or when there is no place. qual is the name under which the init
// file imports a's package ("" for its name).
func NewRegistration(m *Model, in *model.RegistryInit, r *model.Registry, a *model.VisibleAdapter, qual string) (like, place *model.Registration, text string, ok bool) {
	return NewRegistrationLike(m, in, r, a, qual, m.InsertionPlan(in, r).Like)
}

// NewRegistrationLike is NewRegistration modelled on registration like
// (of the same literal or register function as the plan's own model)
// rather than on the last one: `registrylint new` follows the form that
// most registrations share (kube-scheduler wraps most factories in
// FactoryAdapter, not its last one). A new adapter's factory (a.Factory)
// has the type that like's wrapper takes, and is wrapped like it.
func NewRegistrationLike(m *Model, in *model.RegistryInit, r *model.Registry, a *model.VisibleAdapter, qual string, like *model.Registration) (_, place *model.Registration, text string, ok bool) {
	plan := m.InsertionPlan(in, r)
	place = plan.place
	if like == nil {
		return nil, nil, "", false
	}
	prefix := ""
	if a.Pkg != m.Pass().Pkg {
		if qual == "" {
			qual = a.Pkg.Name()
		}
		prefix = qual + "."
	}
	var value string
	if factory := like.Call != nil && like.Call.Factory || like.List != nil && like.List.Factory; factory {
		// A wrapped factory (FactoryAdapter(fts, piper.New)): the same
		// wrapper around a's factory of the wrapped type.
		// A factory of the registry's own type comes as it is; else one
		// of the type a wrapper takes, in the same wrapper.
		fn := a.Factory
		if fn == "" {
			fn = m.FactoryFunc(a, m.Pass().TypesInfo.TypeOf(like.Expr))
		}
		var wrapped ast.Expr
		if fn == "" || a.Factory != "" {
			var wrappedType types.Type
			if wrapped, wrappedType = m.WrappedFactory(like.Expr); wrapped != nil && a.Factory == "" {
				fn = m.FactoryFunc(a, wrappedType)
			}
		}
		if fn == "" {
			// A function literal returning one adapter, func() T {
			// return new(file.Config) }: the same literal returning a.
			if value = funcLitFactory(m, like.Expr, a, prefix); value == "" {
				return like, nil, "", false
			}
		} else {
			value = prefix + fn
		}
		if wrapped != nil {
			src := m.Source(like.Expr.Pos())
			if src == nil {
				return like, nil, "", false
			}
			tf := m.Pass().Fset.File(like.Expr.Pos())
			value = string(src[tf.Offset(like.Expr.Pos()):tf.Offset(wrapped.Pos())]) + value + string(src[tf.Offset(wrapped.End()):tf.Offset(like.Expr.End())])
		}
	} else {
		value = InstanceExpr(a, prefix)
	}
	switch {
	case like.Call != nil:
		text = model.ShortExpr(m.Pass().Fset, like.Call.Call.Fun) + "(" + value + ")"
	case model.IsKeyed(like.Elt):
		var key string
		switch {
		case a.Info.NameKnown:
			key = strconv.Quote(a.Info.Name)
		case keyedByPackageName(m, in, like.List):
			key = strconv.Quote(a.Pkg.Name()) // like the others: "s3": s3.New
		default:
			return like, nil, "", false
		}
		if c := m.nameConstant(a); c != "" && plan.KeyedByConstants {
			key = prefix + c // like the other entries: nodename.Name: nodename.New
		}
		text = key + ": " + value
	default:
		text = value
	}
	return like, place, text, place != nil && (place.Call == nil) == (like.Call == nil) && model.IsKeyed(place.Elt) == model.IsKeyed(like.Elt)
}

// keyedByPackageName reports whether the entries of list are keyed by
// the name of the package their value comes from ("s3": s3.New, as
// OpenTofu's backends are): at least two, and no other string key.
func keyedByPackageName(m *Model, in *model.RegistryInit, list *model.ListLit) bool {
	n := 0
	for _, reg := range in.Registrations {
		kv, ok := reg.Elt.(*ast.KeyValueExpr)
		if !ok || reg.List != list {
			continue
		}
		lit, ok := kv.Key.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return false
		}
		key, _ := strconv.Unquote(lit.Value)
		pkg := valuePackage(m, kv.Value)
		switch {
		case pkg == "":
			continue // a function literal, say: no evidence either way
		case pkg != key:
			return false
		}
		n++
	}
	return n >= 2
}

// valuePackage returns the name of the imported package that an entry's
// value is taken from (pkg.New, pkg.New(), &pkg.T{}), "" when none.
func valuePackage(m *Model, e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		// func() Sink { return file.New() }: what it returns.
		if len(x.Body.List) == 1 {
			if ret, ok := x.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
				return valuePackage(m, ret.Results[0])
			}
		}
	case *ast.CallExpr:
		return valuePackage(m, x.Fun)
	case *ast.UnaryExpr:
		return valuePackage(m, x.X)
	case *ast.CompositeLit:
		return valuePackage(m, x.Type)
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			if pn, ok := m.Pass().TypesInfo.Uses[id].(*types.PkgName); ok {
				return pn.Imported().Name()
			}
		}
	}
	return ""
}

// keyedByConstants reports whether most entries of list are keyed by
// named constants rather than string literals.
func keyedByConstants(in *model.RegistryInit, list *model.ListLit) bool {
	lits, consts := 0, 0
	for _, reg := range in.Registrations {
		if kv, ok := reg.Elt.(*ast.KeyValueExpr); ok && reg.List == list {
			if _, isLit := kv.Key.(*ast.BasicLit); isLit {
				lits++
			} else {
				consts++
			}
		}
	}
	return consts > lits
}

// nameConstant returns the name of an exported constant of a's package
// whose value is a's name (the first in name order), or "". Each package's
// constants are indexed once.
func (m *Model) nameConstant(a *model.VisibleAdapter) string {
	if a.NameConst != "" {
		return a.NameConst
	}
	if a.Pkg == nil {
		return ""
	}
	index, ok := m.nameConsts[a.Pkg]
	if !ok {
		index = make(map[string]string)
		scope := a.Pkg.Scope()
		for _, n := range scope.Names() {
			c, ok := scope.Lookup(n).(*types.Const)
			if ok && c.Exported() && c.Val().Kind() == constant.String {
				if v := constant.StringVal(c.Val()); index[v] == "" {
					index[v] = n
				}
			}
		}
		if m.nameConsts == nil {
			m.nameConsts = make(map[*types.Package]map[string]string)
		}
		m.nameConsts[a.Pkg] = index
	}
	return index[a.Info.Name]
}

// funcLitFactory returns, when e is a function literal whose body is one
// return of one value, the same literal returning adapter a instead
// (new(T) stays the form when a has no constructor); "" otherwise.
func funcLitFactory(m *Model, e ast.Expr, a *model.VisibleAdapter, prefix string) string {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 {
		return ""
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return ""
	}
	src := m.Source(lit.Pos())
	if src == nil {
		return ""
	}
	inst := InstanceExpr(a, prefix)
	if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok && a.Info.Constructor == "" {
		if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "new" && m.Pass().TypesInfo.Uses[id] == types.Universe.Lookup("new") {
			_, name, _ := config.SplitPkgName(a.Info.Type)
			inst = "new(" + prefix + name + ")"
		}
	}
	tf := m.Pass().Fset.File(lit.Pos())
	return string(src[tf.Offset(lit.Pos()):tf.Offset(ret.Results[0].Pos())]) + inst + string(src[tf.Offset(ret.Results[0].End()):tf.Offset(lit.End())])
}

// InstanceExpr builds adapter a: its no-argument constructor, else a
// composite literal (addressed when only *T implements the interface).
func InstanceExpr(a *model.VisibleAdapter, prefix string) string {
	if a.Info.Constructor != "" {
		return prefix + a.Info.Constructor + "()"
	}
	_, name, _ := config.SplitPkgName(a.Info.Type)
	if a.Info.Pointer {
		return "&" + prefix + name + "{}"
	}
	return prefix + name + "{}"
}

// FactoryFunc returns the name of a package-level function of a's package
// (exported, unless it is this package) that is assignable to the factory
// type and returns a (the first in name order), or "". Each package's
// functions are indexed once per factory type.
func (m *Model) FactoryFunc(a *model.VisibleAdapter, factory types.Type) string {
	if factory == nil || a.Pkg == nil {
		return ""
	}
	for _, fn := range a.Factories {
		if types.AssignableTo(fn.Type(), factory) {
			return fn.Name()
		}
	}
	key := factoryKey{a.Pkg, types.TypeString(factory, nil)}
	index, ok := m.factoryFuncs[key]
	if !ok {
		index = make(map[string]string)
		scope := a.Pkg.Scope()
		for _, name := range scope.Names() {
			fn, ok := scope.Lookup(name).(*types.Func)
			if !ok || a.Pkg != m.Pass().Pkg && !fn.Exported() || !types.AssignableTo(fn.Type(), factory) {
				continue
			}
			for _, t := range m.ReturnsOf(fn).Types {
				if index[t] == "" {
					index[t] = name
				}
			}
		}
		if m.factoryFuncs == nil {
			m.factoryFuncs = make(map[factoryKey]map[string]string)
		}
		m.factoryFuncs[key] = index
	}
	return index[a.Info.Type]
}

// WrappedFactory returns, when e is a call that wraps a named factory
// passed as an argument (FactoryAdapter(fts, piper.New)), that argument
// and the type a replacement must have: the parameter's, or the
// argument's own for a generic wrapper.
func (m *Model) WrappedFactory(e ast.Expr) (ast.Expr, types.Type) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	info := m.Pass().TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return nil, nil // a conversion: Factory(f)
	}
	sig, _ := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil {
		return nil, nil
	}
	for i, arg := range call.Args {
		t := info.TypeOf(arg)
		if t == nil || model.FuncOf(info, ast.Unparen(arg)) == nil || m.FactoryOf(t) == nil && m.ConcreteProducer(t) == "" {
			continue
		}
		want := t
		if i < sig.Params().Len() && !sig.Variadic() {
			if pt := sig.Params().At(i).Type(); !isTypeParam(pt) {
				want = pt
			}
		}
		if origin := typeutil.StaticCallee(info, call); origin != nil && origin.Origin() != origin {
			want = t // an instantiated generic wrapper: match the argument
		}
		return arg, want
	}
	return nil, nil
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// factoryKey identifies an index of [Model.factoryFunc]: a package and a
// factory type.
type factoryKey struct {
	pkg     *types.Package
	factory string
}
