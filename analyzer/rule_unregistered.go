package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// checkUnregistered reports, at the init function, each adapter of its
// registry that the package can see but that no registration in the
// package's init functions resolves to (unregistered).
func checkUnregistered(rep *reporter, m *Model) {
	for _, r := range m.Registries {
		if r.Info.Policy != PolicyCentral {
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
		return "register it there", ""
	case model.Call != nil:
		form = "add " + text
	case strings.Contains(text, ": "):
		form = "add the entry " + text
	default:
		form = "add the element " + text
	}
	if !ok {
		if text == "" {
			return "register it there", ""
		}
		return form, "every registration there is inside a loop, a condition or a nested function"
	}
	return form, ""
}

// insertionPlan is what every unregistered finding of one registry in one
// init function, and its fix, needs to know of that init function:
// computed once per (init function, registry), never per finding.
type insertionPlan struct {
	// model is the last registration of the registry that a new one can
	// imitate (a register call statement with one argument, or a literal
	// element); nil when there is none.
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
	for _, reg := range in.Registrations {
		if reg.Registry.Info.Key != r.Info.Key || reg.Call != nil && (reg.Call.Stmt == nil || len(reg.Call.Call.Args) != 1) {
			continue
		}
		p.model = reg
		if reg.insertable() && dups[reg] == nil {
			p.place = reg
		}
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
		fn := a.factory
		if fn == "" {
			fn = m.factoryFunc(a, m.pass.TypesInfo.TypeOf(model.Expr))
		}
		if fn == "" {
			return model, nil, "", false
		}
		value = prefix + fn
	} else {
		value = instanceExpr(a, prefix)
	}
	switch {
	case model.Call != nil:
		text = shortExpr(m.pass.Fset, model.Call.Call.Fun) + "(" + value + ")"
	case isKeyed(model.Elt):
		if !a.Info.NameKnown {
			return model, nil, "", false
		}
		key := strconv.Quote(a.Info.Name)
		if c := m.nameConstant(a); c != "" && plan.keyedByConstants {
			key = prefix + c // like the other entries: nodename.Name: nodename.New
		}
		text = key + ": " + value
	default:
		text = value
	}
	return model, place, text, place != nil && (place.Call == nil) == (model.Call == nil) && isKeyed(place.Elt) == isKeyed(model.Elt)
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
	_, name, _ := splitPkgName(a.Info.Type)
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

// factoryKey identifies an index of [Model.factoryFunc]: a package and a
// factory type.
type factoryKey struct {
	pkg     *types.Package
	factory string
}
