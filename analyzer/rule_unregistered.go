package analyzer

import (
	"go/types"
	"strings"

	"github.com/registrylint/registrylint/internal/edit"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
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
		for _, ref := range m.ImportedInits()[r.Info.Key] {
			for _, k := range ref.Registered {
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
		for _, a := range m.VisibleAdapters().Of(r.Info.Key) {
			if registered[a.Info.Type] {
				continue
			}
			form, noFix := registrationForm(m, first, r, a)
			var fix []analysis.SuggestedFix
			if posn := m.VisibleAdapters().Outside[a.Info.Type]; posn != "" {
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
			name := model.QualifiedType(a.Info.Type, a.Pkg.Name(), a.Info.Pointer, m.Pass.Pkg)
			var related []analysis.RelatedInformation
			if obj := adapterObj(a); obj != nil {
				related = []analysis.RelatedInformation{{Pos: obj.Pos(), End: obj.Pos(), Message: name + " is declared here"}}
			}
			rep.reportRelated(RuleUnregistered, first.Decl.Name.Pos(), first.Decl.Name.End(), fix, related,
				"adapter %s (%s) implements %s but is not registered in %s; %s",
				name, a.Info.Posn,
				model.QualifiedObj(r.Obj, m.Pass.Pkg), first.Decl.Name.Name, form)
		}
	}
}

// registrationForm says what to add, in the form the init function already
// uses: "add r.Register(piper.New())" or "add the entry "piper": piper.New".
// noFix says why no fix can be offered for a form it can say: every
// registration there is inside a loop, a condition or a nested function.
func registrationForm(m *Model, in *model.InitFunc, r *model.Registry, a *model.VisibleAdapter) (form, noFix string) {
	like, _, text, ok := edit.NewRegistration(m.Model, in, r, a, "")
	switch {
	case like == nil:
		return "register it there", "no registration there to imitate (every one is a register call with several arguments, or there is none)"
	case text == "":
		return "register it there", whyNoText(m, like, a)
	case like.Call != nil:
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
func whyNoText(m *Model, like *model.Registration, a *model.VisibleAdapter) string {
	_, name, _ := config.SplitPkgName(a.Info.Type)
	if like.Call != nil && like.Call.Factory || like.List != nil && like.List.Factory {
		if model.IsKeyed(like.Elt) && !a.Info.NameKnown {
			return "the entries are keyed by name and " + name + " has no constant name (nor are they keyed by their package's name)"
		}
		return "the registrations are factories and " + a.Pkg.Name() + " has no exported function of the factory's type that returns " + name
	}
	if model.IsKeyed(like.Elt) && !a.Info.NameKnown {
		return "the entries are keyed by name and " + name + " has no constant name (nor are they keyed by their package's name)"
	}
	return "no registration there to imitate"
}

// adapterFactories returns, for each adapter of the package, the
// exported functions of the package whose first result is it (directly,
// or through the return statements of a function returning the
// interface), in name order.
func (m *Model) adapterFactories() map[string][]*types.Func {
	if len(m.Adapters) == 0 || m.Resolver == nil {
		return nil
	}
	want := make(map[string]bool, len(m.Adapters))
	for _, a := range m.Adapters {
		want[a.Info.Type] = true
	}
	out := make(map[string][]*types.Func)
	scope := m.Pass.Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok || !fn.Exported() || fn.Signature().Results().Len() == 0 {
			continue
		}
		for _, t := range m.Resolver.ReturnsOf(fn, 0).Types {
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
	m := in.m
	r := m.RegistryByKey[reg]
	if r == nil {
		return "register it there", nil
	}
	va := &model.VisibleAdapter{Info: a.info, Pkg: pkg, Factories: a.factories}
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
