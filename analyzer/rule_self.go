package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Policy self (README, Policies): each adapter package registers its own adapters in
// its own func init(), and an aggregator blank-imports every adapter
// package. These are the per-package checks of that policy; the
// whole-program check (adapter packages nothing imports) is in
// CheckProgram.

// isPackageInit reports whether decl is a func init() of its package.
func isPackageInit(decl *ast.FuncDecl) bool {
	return decl != nil && decl.Recv == nil && decl.Name.Name == "init"
}

// checkSelfRegistration reports, for registries under policy self, the
// package's adapters that no init() of the package registers
// (unregistered, at the type), and registrations outside an init() of the
// registered adapter's own package (outside-init).
func checkSelfRegistration(rep *reporter, m *Model) {
	registered := make(map[string]bool)
	for _, c := range m.Calls {
		if c.Registry.Info.Policy != PolicySelf || c.Plumbing {
			continue
		}
		if !isPackageInit(c.Func) {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers a %s outside func init() (policy self); register adapters in an init() of their own package",
				shortExpr(m.pass.Fset, c.Call.Fun), qualifiedObj(c.Registry.Obj, m.pass.Pkg))
			continue
		}
		var foreign []string
		for _, k := range c.Types {
			if p, _, _ := splitPkgName(k); p != m.pass.Pkg.Path() {
				foreign = append(foreign, m.typeString(k, false))
			} else {
				registered[k] = true
			}
		}
		if len(foreign) > 0 {
			rep.report(RuleOutsideInit, c.Call.Pos(), c.Call.End(), nil,
				"%s registers %s of another package (policy self); register it in an init() of its own package",
				shortExpr(m.pass.Fset, c.Call.Fun), strings.Join(foreign, ", "))
		}
	}
	if len(m.Adapters) == 0 {
		return
	}
	vis := m.visibleAdapters()
	for _, a := range m.Adapters {
		if vis.bases[a.Info.Type] {
			continue
		}
		for _, key := range a.Info.Registries {
			r := m.registries[key]
			if r == nil || r.Info.Policy != PolicySelf || registered[a.Info.Type] {
				continue
			}
			rep.report(RuleUnregistered, a.Obj.Pos(), a.Obj.Pos()+token.Pos(len(a.Obj.Name())), nil,
				"adapter %s implements %s but no init() of its package registers it (policy self); %s",
				m.typeString(a.Info.Type, a.Info.Pointer), qualifiedObj(r.Obj, m.pass.Pkg), selfRegistration(m, r, a))
		}
	}
}

// selfRegistration says what to add: "add func init() { sql.Register(PG{}) }"
// when a register function that takes the adapter alone is known, else in
// words.
func selfRegistration(m *Model, r *Registry, a *Adapter) string {
	ctor := instanceExpr(&visibleAdapter{Info: a.Info, Local: a, Pkg: m.pass.Pkg}, "")
	for _, fn := range packageRegisterFuncs(m, r) {
		if args, ok := selfRegisterArgs(m, fn, a, ctor); ok {
			return "add func init() { " + qualifiedObj(fn, m.pass.Pkg) + "(" + args + ") }"
		}
	}
	return "register " + ctor + " in a func init() of its package"
}

// selfRegisterArgs builds the arguments of a call of register function fn
// for adapter a: the adapter where the adapter parameter is, its constant
// name where a string is; ok is false for any other parameter.
func selfRegisterArgs(m *Model, fn *types.Func, a *Adapter, ctor string) (string, bool) {
	_, index, factory := m.adapterParam(fn.Signature())
	if index < 0 || factory {
		return "", false
	}
	params := fn.Signature().Params()
	args := make([]string, params.Len())
	for i := range args {
		switch {
		case i == index:
			args[i] = ctor
		case a.Info.NameKnown && types.Identical(params.At(i).Type().Underlying(), types.Typ[types.String]):
			args[i] = strconv.Quote(a.Info.Name)
		default:
			return "", false
		}
	}
	return strings.Join(args, ", "), true
}

// packageRegisterFuncs returns the exported package-level register
// functions of registry r that m knows (declared by directive or config,
// or derived), sorted, then the Register function beside the interface.
func packageRegisterFuncs(m *Model, r *Registry) []*types.Func {
	var candidates []*types.Func
	for fn, regs := range m.registers {
		if containsRegistry(regs, r) && fn.Signature().Recv() == nil && fn.Exported() {
			candidates = append(candidates, fn)
		}
	}
	sort.Slice(candidates, func(i, j int) bool { return candidates[i].FullName() < candidates[j].FullName() })
	if fn := registerByName(r); fn != nil {
		candidates = append(candidates, fn)
	}
	return candidates
}

// registerByName finds a package-level Register function beside the
// registry's interface.
func registerByName(r *Registry) *types.Func {
	fn, _ := r.Obj.Pkg().Scope().Lookup("Register").(*types.Func)
	return fn
}
