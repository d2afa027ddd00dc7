package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// checkDuplicateName reports two registered adapters of one registry
// whose names are the same constant (duplicate-name), at the later
// registration, with the earlier adapter and its registration as related
// information: the runtime registry would fail or silently replace one
// there. An unregistered adapter whose name clashes is reported at its type
// by the whole-program check ([CheckProgram]).
func checkDuplicateName(rep *reporter, m *pkgModel) {
	checkDuplicateNameSelf(rep, m)
	if len(m.RegistryInits) == 0 {
		return
	}
	vis := m.VisibleAdapters()
	type firstUse struct {
		a   *model.VisibleAdapter
		reg *model.Registration
	}
	for _, in := range m.RegistryInits {
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
func checkDuplicateNameSelf(rep *reporter, m *pkgModel) {
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
func (m *pkgModel) selfPolicy(a model.AdapterInfo) bool {
	for _, key := range a.Registries {
		if r := m.Registry(key); r != nil && r.Info.Policy == config.PolicySelf {
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

// checkProgramDuplicateNames reports, for each name shared by adapters of
// one registry, the adapters after the first (in import-path, then source
// order) that no init function registers, at their type (duplicate-name).
// Registered ones are reported at their registration by the init
// function's package.
func checkProgramDuplicateNames(summaries []*Summary, registries map[string]summaryRegistry) []analysis.Diagnostic {
	type adapterAt struct {
		a summaryAdapter
		s *Summary
	}
	registered := make(map[string]bool)
	bases := make(map[string]bool)
	seen := make(map[string]bool)
	var all []adapterAt
	for _, s := range summaries {
		if s == nil {
			continue
		}
		for _, in := range s.inits {
			for _, k := range in.registered {
				registered[k] = true
			}
		}
		for _, a := range s.adapters {
			for _, e := range a.info.Embeds {
				bases[e] = true
			}
			if !seen[a.info.Type] && a.info.NameKnown {
				seen[a.info.Type] = true
				all = append(all, adapterAt{a, s})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].s.Path != all[j].s.Path {
			return all[i].s.Path < all[j].s.Path
		}
		return model.PosBefore(all[i].s.fset, all[i].a.pos, all[j].a.pos)
	})
	first := make(map[string]adapterAt) // by registry and name
	var diags []analysis.Diagnostic
	for _, at := range all {
		if bases[at.a.info.Type] {
			continue
		}
		for _, reg := range at.a.info.Registries {
			if r, ok := registries[reg]; ok && r.info.Policy == config.PolicySelf {
				continue // reported per package, where the adapter registers itself
			}
			key := reg + " " + at.a.info.Name
			prev, ok := first[key]
			if !ok {
				first[key] = at
				continue
			}
			if registered[at.a.info.Type] {
				continue
			}
			s, pos := at.s, at.a.pos
			prevType := model.QualifiedType(prev.a.info.Type, prev.s.pkg.Name(), prev.a.info.Pointer, s.pkg)
			_, name, _ := config.SplitPkgName(at.a.info.Type)
			if d, ok := s.diagnostic(RuleDuplicateName, pos, pos+token.Pos(len(name)),
				fmt.Sprintf("adapter %s has name %q, already used by %s (%s); give it a unique name",
					model.QualifiedType(at.a.info.Type, s.pkg.Name(), at.a.info.Pointer, s.pkg), at.a.info.Name, prevType, prev.s.position(prev.a.pos)),
				analysis.RelatedInformation{Pos: prev.a.pos, End: prev.a.pos, Message: prevType + " is declared here"}); ok {
				diags = append(diags, d)
			}
		}
	}
	return diags
}
