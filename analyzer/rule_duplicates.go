package analyzer

import (
	"go/token"
	"go/types"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// checkDuplicateRegistration reports the second registration of the same
// adapter in a package's init functions (duplicate-registration); T and *T
// are one adapter.
func checkDuplicateRegistration(rep *reporter, m *Model) {
	for _, in := range m.Inits {
		dups := in.Duplicates()
		for _, reg := range in.Registrations {
			prev := dups[reg]
			if prev == nil {
				continue
			}
			pointer := false
			if a := m.VisibleAdapters().ByKey[reg.Types[0]]; a != nil {
				pointer = a.Info.Pointer
			}
			rep.report(RuleDuplicateRegistration, reg.Expr.Pos(), reg.Expr.End(), deleteRegistrationFix(m, reg),
				"adapter %s is already registered in %s (line %d); delete this registration",
				m.TypeString(reg.Types[0], pointer), in.Decl.Name.Name, m.Pass.Fset.Position(prev.Expr.Pos()).Line)
		}
	}
}

// checkDuplicateName reports two registered adapters of one registry
// whose names are the same constant (duplicate-name), at the later
// registration, with the earlier adapter and its registration as related
// information: the runtime registry would fail or silently replace one
// there. An unregistered adapter whose name clashes is reported at its type
// by the whole-program check ([CheckProgram]).
func checkDuplicateName(rep *reporter, m *Model) {
	checkDuplicateNameSelf(rep, m)
	if len(m.Inits) == 0 {
		return
	}
	vis := m.VisibleAdapters()
	type firstUse struct {
		a   *model.VisibleAdapter
		reg *model.Registration
	}
	for _, in := range m.Inits {
		byName := make(map[string]firstUse)
		for _, reg := range in.Registrations {
			if len(reg.Types) != 1 {
				continue
			}
			a := vis.ByKey[reg.Types[0]]
			if a == nil || !a.Info.NameKnown || vis.Bases[a.Info.Type] {
				continue
			}
			key := reg.Registry.Info.Key + " " + a.Info.Name
			prev, seen := byName[key]
			if !seen {
				byName[key] = firstUse{a, reg}
				continue
			}
			if prev.a == a {
				continue // the same adapter: duplicate-registration
			}
			prevType := m.TypeString(prev.a.Info.Type, prev.a.Info.Pointer)
			var related []analysis.RelatedInformation
			if obj := adapterObj(prev.a); obj != nil {
				related = append(related, analysis.RelatedInformation{Pos: obj.Pos(), End: obj.Pos(), Message: prevType + " is declared here"})
			}
			related = append(related, analysis.RelatedInformation{Pos: prev.reg.Expr.Pos(), End: prev.reg.Expr.End(), Message: prevType + " is registered here"})
			rep.reportRelated(RuleDuplicateName, reg.Expr.Pos(), reg.Expr.End(), nil, related,
				"adapter %s has name %q, already used by %s (%s) registered before it; give it a unique name",
				m.TypeString(a.Info.Type, a.Info.Pointer), a.Info.Name, prevType, prev.a.Info.Posn)
		}
	}
}

// checkDuplicateNameSelf reports, for registries under policy self, an
// adapter of the package whose name an adapter it can see (imported, or
// earlier in the package) already has: at its type, which is where its own
// package registers it.
func checkDuplicateNameSelf(rep *reporter, m *Model) {
	if len(m.Adapters) == 0 {
		return
	}
	vis := m.VisibleAdapters()
	for _, a := range m.Adapters {
		if !a.Info.NameKnown || vis.Bases[a.Info.Type] || !m.selfPolicy(a.Info) {
			continue
		}
		for _, other := range vis.ByName[a.Info.Name] {
			if other.Local == a {
				break // only those before it
			}
			if other.Info.NameKnown && other.Info.Name == a.Info.Name && model.ShareRegistry(other.Info, a.Info) {
				prevType := m.TypeString(other.Info.Type, other.Info.Pointer)
				var related []analysis.RelatedInformation
				if obj := adapterObj(other); obj != nil {
					related = append(related, analysis.RelatedInformation{Pos: obj.Pos(), End: obj.Pos(), Message: prevType + " is declared here"})
				}
				rep.reportRelated(RuleDuplicateName, a.Obj.Pos(), a.Obj.Pos()+token.Pos(len(a.Obj.Name())), nil, related,
					"adapter %s has name %q, already used by %s (%s); give it a unique name",
					m.TypeString(a.Info.Type, a.Info.Pointer), a.Info.Name, prevType, other.Info.Posn)
				break
			}
		}
	}
}

// selfPolicy reports whether an adapter belongs to a registry under
// policy self.
func (m *Model) selfPolicy(a model.AdapterInfo) bool {
	for _, key := range a.Registries {
		if r := m.RegistryByKey[key]; r != nil && r.Info.Policy == config.PolicySelf {
			return true
		}
	}
	return false
}

// adapterObj returns the declaration of a visible adapter's type, or nil.
func adapterObj(a *model.VisibleAdapter) types.Object {
	if a.Local != nil {
		return a.Local.Obj
	}
	if a.Pkg == nil {
		return nil
	}
	_, name, _ := config.SplitPkgName(a.Info.Type)
	return a.Pkg.Scope().Lookup(name)
}

// checkDynamicName reports name methods that do not return one constant
// (dynamic-name), once per method.
func checkDynamicName(rep *reporter, m *Model) {
	seen := make(map[*model.Adapter]bool)
	reported := make(map[any]bool)
	for _, a := range m.Adapters {
		if a.DynamicName == "" || a.NameMethod == nil || seen[a] || reported[a.NameMethod] {
			continue
		}
		if vis := m.VisibleAdapters(); vis.Bases[a.Info.Type] {
			continue
		}
		reported[a.NameMethod] = true
		rep.report(RuleDynamicName, a.NameMethod.Name.Pos(), a.NameMethod.Name.End(), nil,
			"name method %s of adapter %s %s; return one constant string so the adapter's name is fixed",
			a.NameMethod.Name.Name, m.TypeString(a.Info.Type, a.Info.Pointer), a.DynamicName)
	}
}

// checkUnresolvedRegistration reports registrations whose adapter type
// cannot be determined statically (unresolved-registration).
func checkUnresolvedRegistration(rep *reporter, m *Model) {
	for _, in := range m.Inits {
		for _, reg := range in.Registrations {
			if !reg.Unresolved {
				continue
			}
			rep.report(RuleUnresolvedRegistration, reg.Expr.Pos(), reg.Expr.End(), nil,
				"cannot tell which adapter %s registers; register a constructor call, a concrete value or a function that returns concrete types",
				model.ShortExpr(m.Pass.Fset, reg.Expr))
		}
	}
}
