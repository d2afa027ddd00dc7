package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
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
		registered := make(map[string]bool)
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
			rep.report(RuleUnregistered, first.Decl.Name.Pos(), first.Decl.Name.End(), fix,
				"adapter %s (%s) implements %s but is not registered in %s; %s",
				qualifiedType(a.Info.Type, a.Info.Pointer, m.pass.Pkg), a.Info.Posn,
				qualifiedObj(r.Obj, m.pass.Pkg), first.Decl.Name.Name, form)
		}
	}
}

// registrationForm says what to add, in the form the init function already
// uses: "add r.Register(piper.New())" or "add the entry "piper": piper.New".
func registrationForm(m *Model, in *InitFunc, r *Registry, a *visibleAdapter) string {
	for _, reg := range in.Registrations {
		if reg.Registry != r {
			continue
		}
		if reg.Call != nil {
			return "add " + shortExpr(m.pass.Fset, reg.Call.Call.Fun) + "(" + constructorExpr(m, a, reg.Call.Factory, "") + ")"
		}
		if _, keyed := reg.Elt.(*ast.KeyValueExpr); keyed && a.Info.NameKnown {
			return fmt.Sprintf("add the entry %q: %s", a.Info.Name, constructorExpr(m, a, reg.List.Factory, ""))
		}
		return "add the element " + constructorExpr(m, a, reg.List.Factory, "")
	}
	return "register it there"
}

// constructorExpr is the expression that builds adapter a (or, for a
// factory, the function that does) as code in the package would write it;
// qual is the package's name there ("" for its default name).
func constructorExpr(m *Model, a *visibleAdapter, factory bool, qual string) string {
	prefix := ""
	if a.Pkg != m.pass.Pkg {
		if qual == "" {
			qual = a.Pkg.Name()
		}
		prefix = qual + "."
	}
	_, name, _ := splitPkgName(a.Info.Type)
	if a.Info.Constructor != "" {
		if factory {
			return prefix + a.Info.Constructor
		}
		return prefix + a.Info.Constructor + "()"
	}
	lit := prefix + name + "{}"
	if a.Info.Pointer || !factory {
		if a.Info.Pointer {
			lit = "&" + lit
		}
	}
	if factory {
		return "func() " + factoryResult(m, a) + " { return " + lit + " }"
	}
	return lit
}

// factoryResult names the interface a factory literal returns.
func factoryResult(m *Model, a *visibleAdapter) string {
	for _, r := range m.Registries {
		for _, k := range a.Info.Registries {
			if k == r.Info.Key {
				return types.TypeString(r.Obj.Type(), types.RelativeTo(m.pass.Pkg))
			}
		}
	}
	return "any"
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
