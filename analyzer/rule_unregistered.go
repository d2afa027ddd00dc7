package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
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
			form := registrationForm(m, first, r, a)
			fix := unregisteredFix(m, first, r, a)
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
func registrationForm(m *Model, in *InitFunc, r *Registry, a *visibleAdapter) string {
	reg, text, ok := newRegistration(m, in, r, a, "")
	switch {
	case !ok:
		return "register it there"
	case reg.Call != nil:
		return "add " + text
	case strings.Contains(text, ": "):
		return "add the entry " + text
	default:
		return "add the element " + text
	}
}

// newRegistration returns the registration of a that the init function
// would make, modelled on its last registration of r, and that
// registration; ok is false when no form fits (no registration to copy, a
// register call with several arguments, or a factory registration for
// which a's package has no function of the factory type). qual is the
// name under which the init file imports a's package ("" for its name).
func newRegistration(m *Model, in *InitFunc, r *Registry, a *visibleAdapter, qual string) (last *Registration, text string, ok bool) {
	for _, reg := range in.Registrations {
		if reg.Registry == r && (reg.Call == nil || reg.Call.Stmt != nil && len(reg.Call.Call.Args) == 1) {
			last = reg
		}
	}
	if last == nil {
		return nil, "", false
	}
	prefix := ""
	if a.Pkg != m.pass.Pkg {
		if qual == "" {
			qual = a.Pkg.Name()
		}
		prefix = qual + "."
	}
	var value string
	if factory := last.Call != nil && last.Call.Factory || last.List != nil && last.List.Factory; factory {
		fn := factoryFunc(m, a, m.pass.TypesInfo.TypeOf(last.Expr))
		if fn == "" {
			return nil, "", false
		}
		value = prefix + fn
	} else {
		value = instanceExpr(a, prefix)
	}
	if last.Call != nil {
		return last, shortExpr(m.pass.Fset, last.Call.Call.Fun) + "(" + value + ")", true
	}
	if _, keyed := last.Elt.(*ast.KeyValueExpr); keyed {
		if !a.Info.NameKnown {
			return nil, "", false
		}
		return last, strconv.Quote(a.Info.Name) + ": " + value, true
	}
	return last, value, true
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
// that is assignable to the factory type and returns a, or "".
func factoryFunc(m *Model, a *visibleAdapter, factory types.Type) string {
	if factory == nil {
		return ""
	}
	scope := a.Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok || a.Pkg != m.pass.Pkg && !fn.Exported() || !types.AssignableTo(fn.Type(), factory) {
			continue
		}
		if f := m.resolver.returnsOf(fn, 0); slices.Contains(f.Types, a.Info.Type) {
			return name
		}
	}
	return ""
}

// importName returns the name under which file imports path, "" if it does
// not (or imports it only blank or dot).
func importName(file *ast.File, path string) (name string, imported bool) {
	for _, spec := range file.Imports {
		if strings.Trim(spec.Path.Value, "`\"") != path {
			continue
		}
		if spec.Name == nil {
			return "", true
		}
		if spec.Name.Name == "_" || spec.Name.Name == "." {
			continue
		}
		return spec.Name.Name, true
	}
	return "", false
}
