package analyzer

import (
	"github.com/registrylint/registrylint/internal/config"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// checkUnregistered reports, at the init function, each adapter of its
// registry that the package can see but that no registration in the
// package's init functions resolves to (unregistered).
func checkUnregistered(rep *reporter, m *Model) {
	for _, r := range m.Registries {
		if r.Info.Policy != config.PolicyCentral {
			continue
		}
		inits := m.initsOf(r)
		if len(inits) == 0 {
			continue
		}
		// An adapter registered by an init function of the registry in an
		// imported package is registered (a second init function is
		// multiple-init, reported on its own).
		registered := make(map[string]bool)
		for _, ref := range m.importedInits()[r.Info.Key] {
			for _, k := range ref.registered {
				registered[k] = true
			}
		}
		for _, in := range inits {
			for _, reg := range in.Registrations {
				if reg.Registry == r {
					for _, k := range reg.Types {
						registered[k] = true
					}
				}
			}
		}
		first := inits[0]
		for _, a := range m.visibleAdapters().of(r.Info.Key) {
			if registered[a.Info.Type] {
				continue
			}
			form, noFix := registrationForm(m, first, r, a)
			var fix []analysis.SuggestedFix
			if posn := m.visibleAdapters().outside[a.Info.Type]; posn != "" {
				// A fix that adds a registration while the other one
				// stays would register it twice (a panic, for many
				// registries): both edits are the user's to make.
				form += " and remove its registration at " + posn
				noFix = "adding one while the other stays would register it twice"
			} else if noFix == "" {
				fix = unregisteredFix(m, first, r, a)
			}
			if noFix != "" {
				form += " (no automatic fix: " + noFix + ")"
			}
			name := qualifiedType(a.Info.Type, a.Pkg.Name(), a.Info.Pointer, m.pass.Pkg)
			var related []analysis.RelatedInformation
			if obj := adapterObj(a); obj != nil {
				related = []analysis.RelatedInformation{{Pos: obj.Pos(), End: obj.Pos(), Message: name + " is declared here"}}
			}
			rep.reportRelated(RuleUnregistered, first.Decl.Name.Pos(), first.Decl.Name.End(), fix, related,
				"adapter %s (%s) implements %s but is not registered in %s; %s",
				name, a.Info.Posn,
				qualifiedObj(r.Obj, m.pass.Pkg), first.Decl.Name.Name, form)
		}
	}
}

// registrationForm says what to add, in the form the init function already
// uses: "add r.Register(piper.New())" or "add the entry "piper": piper.New".
// noFix says why no fix can be offered for a form it can say: every
// registration there is inside a loop, a condition or a nested function.
func registrationForm(m *Model, in *InitFunc, r *Registry, a *visibleAdapter) (form, noFix string) {
	model, _, text, ok := newRegistration(m, in, r, a, "")
	switch {
	case model == nil:
		return "register it there", "no registration there to imitate (every one is a register call with several arguments, or there is none)"
	case text == "":
		return "register it there", whyNoText(m, model, a)
	case model.Call != nil:
		form = "add " + text
	case strings.Contains(text, ": "):
		form = "add the entry " + text
	default:
		form = "add the element " + text
	}
	if !ok {
		return form, "every registration there is inside a loop, a condition or a nested function"
	}
	return form, ""
}

// whyNoText says why no registration of a can be written in the form of
// model.
func whyNoText(m *Model, model *Registration, a *visibleAdapter) string {
	_, name, _ := config.SplitPkgName(a.Info.Type)
	if model.Call != nil && model.Call.Factory || model.List != nil && model.List.Factory {
		if isKeyed(model.Elt) && !a.Info.NameKnown {
			return "the entries are keyed by name and " + name + " has no constant name (nor are they keyed by their package's name)"
		}
		return "the registrations are factories and " + a.Pkg.Name() + " has no exported function of the factory's type that returns " + name
	}
	if isKeyed(model.Elt) && !a.Info.NameKnown {
		return "the entries are keyed by name and " + name + " has no constant name (nor are they keyed by their package's name)"
	}
	return "no registration there to imitate"
}

// insertionPlan is what every unregistered finding of one registry in one
// init function, and its fix, needs to know of that init function:
// computed once per (init function, registry), never per finding.
type insertionPlan struct {
	// model is the last registration of the registry that a new one can
	// imitate (a register call statement with one argument, or a literal
	// element), one that no fix deletes if there is one; nil when there
	// is none.
	model *Registration
	// place is the last registration of the registry after which a new
	// one can be inserted (see [Registration.insertable]) and that no
	// other fix deletes (a duplicate registration), so that the fixes of
	// one run never overlap; nil when there is none.
	place *Registration
	// keyedByConstants reports whether most entries of model's literal
	// are keyed by named constants rather than string literals.
	keyedByConstants bool
}

// insertionPlan returns the plan of registry r in init function in.
func (m *Model) insertionPlan(in *InitFunc, r *Registry) *insertionPlan {
	if p, ok := in.plans[r.Info.Key]; ok {
		return p
	}
	m.plansBuilt++
	p := &insertionPlan{}
	dups := in.duplicates()
	var lastDup *Registration
	for _, reg := range in.Registrations {
		if reg.Registry.Info.Key != r.Info.Key || reg.Call != nil && (reg.Call.Stmt == nil || len(reg.Call.Call.Args) != 1) {
			continue
		}
		if dups[reg] != nil {
			lastDup = reg // a form to imitate only when there is no other
			continue
		}
		p.model = reg
		if reg.insertable() {
			p.place = reg
		}
	}
	if p.model == nil {
		p.model = lastDup
	}
	if p.model != nil && p.model.List != nil {
		p.keyedByConstants = keyedByConstants(in, p.model.List)
	}
	if in.plans == nil {
		in.plans = make(map[string]*insertionPlan)
	}
	in.plans[r.Info.Key] = p
	return p
}

// newRegistration returns the registration of a that the init function
// would make, modelled on its last registration of r (model), and the
// registration after which to insert it (place), from the init function's
// [insertionPlan]. ok is false when no form fits (no registration to
// copy, a register call with several arguments, a factory registration
// for which a's package has no function of the factory type: then text is
// "") or when there is no place. qual is the name under which the init
// file imports a's package ("" for its name).
func newRegistration(m *Model, in *InitFunc, r *Registry, a *visibleAdapter, qual string) (model, place *Registration, text string, ok bool) {
	plan := m.insertionPlan(in, r)
	model, place = plan.model, plan.place
	if model == nil {
		return nil, nil, "", false
	}
	prefix := ""
	if a.Pkg != m.pass.Pkg {
		if qual == "" {
			qual = a.Pkg.Name()
		}
		prefix = qual + "."
	}
	var value string
	if factory := model.Call != nil && model.Call.Factory || model.List != nil && model.List.Factory; factory {
		// A wrapped factory (FactoryAdapter(fts, piper.New)): the same
		// wrapper around a's factory of the wrapped type.
		// A factory of the registry's own type comes as it is; else one
		// of the type a wrapper takes, in the same wrapper.
		fn := a.factory
		if fn == "" {
			fn = m.factoryFunc(a, m.pass.TypesInfo.TypeOf(model.Expr))
		}
		var wrapped ast.Expr
		if fn == "" {
			var wrappedType types.Type
			if wrapped, wrappedType = m.wrappedFactory(model.Expr); wrapped != nil {
				fn = m.factoryFunc(a, wrappedType)
			}
		}
		if fn == "" {
			return model, nil, "", false
		}
		value = prefix + fn
		if wrapped != nil {
			src := m.source(model.Expr.Pos())
			if src == nil {
				return model, nil, "", false
			}
			tf := m.pass.Fset.File(model.Expr.Pos())
			value = string(src[tf.Offset(model.Expr.Pos()):tf.Offset(wrapped.Pos())]) + value + string(src[tf.Offset(wrapped.End()):tf.Offset(model.Expr.End())])
		}
	} else {
		value = instanceExpr(a, prefix)
	}
	switch {
	case model.Call != nil:
		text = shortExpr(m.pass.Fset, model.Call.Call.Fun) + "(" + value + ")"
	case isKeyed(model.Elt):
		var key string
		switch {
		case a.Info.NameKnown:
			key = strconv.Quote(a.Info.Name)
		case keyedByPackageName(m, in, model.List):
			key = strconv.Quote(a.Pkg.Name()) // like the others: "s3": s3.New
		default:
			return model, nil, "", false
		}
		if c := m.nameConstant(a); c != "" && plan.keyedByConstants {
			key = prefix + c // like the other entries: nodename.Name: nodename.New
		}
		text = key + ": " + value
	default:
		text = value
	}
	return model, place, text, place != nil && (place.Call == nil) == (model.Call == nil) && isKeyed(place.Elt) == isKeyed(model.Elt)
}

// keyedByPackageName reports whether the entries of list are keyed by
// the name of the package their value comes from ("s3": s3.New, as
// OpenTofu's backends are): at least two, and no other string key.
func keyedByPackageName(m *Model, in *InitFunc, list *ListLit) bool {
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
	case *ast.CallExpr:
		return valuePackage(m, x.Fun)
	case *ast.UnaryExpr:
		return valuePackage(m, x.X)
	case *ast.CompositeLit:
		return valuePackage(m, x.Type)
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			if pn, ok := m.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				return pn.Imported().Name()
			}
		}
	}
	return ""
}

// keyedByConstants reports whether most entries of list are keyed by
// named constants rather than string literals.
func keyedByConstants(in *InitFunc, list *ListLit) bool {
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
func (m *Model) nameConstant(a *visibleAdapter) string {
	if a.nameConst != "" {
		return a.nameConst
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

func isKeyed(e ast.Expr) bool {
	_, ok := e.(*ast.KeyValueExpr)
	return ok
}

// instanceExpr builds adapter a: its no-argument constructor, else a
// composite literal (addressed when only *T implements the interface).
func instanceExpr(a *visibleAdapter, prefix string) string {
	if a.Info.Constructor != "" {
		return prefix + a.Info.Constructor + "()"
	}
	_, name, _ := config.SplitPkgName(a.Info.Type)
	if a.Info.Pointer {
		return "&" + prefix + name + "{}"
	}
	return prefix + name + "{}"
}

// factoryFunc returns the name of a package-level function of a's package
// (exported, unless it is this package) that is assignable to the factory
// type and returns a (the first in name order), or "". Each package's
// functions are indexed once per factory type.
func (m *Model) factoryFunc(a *visibleAdapter, factory types.Type) string {
	if factory == nil || a.Pkg == nil {
		return ""
	}
	for _, fn := range a.factories {
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
			if !ok || a.Pkg != m.pass.Pkg && !fn.Exported() || !types.AssignableTo(fn.Type(), factory) {
				continue
			}
			for _, t := range m.resolver.returnsOf(fn, 0).Types {
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

// wrappedFactory returns, when e is a call that wraps a named factory
// passed as an argument (FactoryAdapter(fts, piper.New)), that argument
// and the type a replacement must have: the parameter's, or the
// argument's own for a generic wrapper.
func (m *Model) wrappedFactory(e ast.Expr) (ast.Expr, types.Type) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	info := m.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return nil, nil // a conversion: Factory(f)
	}
	sig, _ := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil {
		return nil, nil
	}
	for i, arg := range call.Args {
		t := info.TypeOf(arg)
		if t == nil || funcOf(info, ast.Unparen(arg)) == nil || m.factoryOf(t) == nil && m.concreteProducer(t) == "" {
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

// adapterFactories returns, for each adapter of the package, the
// exported functions of the package whose first result is it (directly,
// or through the return statements of a function returning the
// interface), in name order.
func (m *Model) adapterFactories() map[string][]*types.Func {
	if len(m.Adapters) == 0 || m.resolver == nil {
		return nil
	}
	want := make(map[string]bool, len(m.Adapters))
	for _, a := range m.Adapters {
		want[a.Info.Type] = true
	}
	out := make(map[string][]*types.Func)
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok || !fn.Exported() || fn.Signature().Results().Len() == 0 {
			continue
		}
		for _, t := range m.resolver.returnsOf(fn, 0).Types {
			if want[t] {
				out[t] = append(out[t], fn)
			}
		}
	}
	return out
}

// registerFix returns what to add to the init function in (a package that
// cannot see adapter a, of package pkg) to register a in registry reg, in
// the form of its other registrations, and the fix that adds it with the
// import of pkg; or the form with why there is no fix.
func (in *summaryInit) registerFix(reg string, a summaryAdapter, pkg *types.Package) (form string, fixes []analysis.SuggestedFix) {
	m := in.model
	r := m.registries[reg]
	if r == nil {
		return "register it there", nil
	}
	va := &visibleAdapter{Info: a.info, Pkg: pkg, factories: a.factories}
	form, noFix := registrationForm(m, in.init, r, va)
	if noFix == "" {
		if fixes = unregisteredFix(m, in.init, r, va); fixes == nil {
			noFix = "the init function's file cannot be edited here"
		}
	}
	if noFix != "" {
		return form + " (no automatic fix: " + noFix + ")", nil
	}
	return form, fixes
}
