package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/rules"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// checkUnregistered reports, at the init function, each adapter of its
// registry that the package can see but that no registration in the
// package's init functions resolves to (unregistered).
func checkUnregistered(rep *reporter, m *pkgModel) {
	for _, r := range m.Registries {
		if r.Info.Policy != config.PolicyCentral {
			continue
		}
		inits := m.registryInitsOf(r)
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
		var unresolved *model.Registration // the first that cannot be resolved
		for _, in := range inits {
			for _, reg := range in.Registrations {
				if reg.Registry == r {
					for _, k := range reg.Types {
						registered[k] = true
					}
					if reg.Unresolved && unresolved == nil {
						unresolved = reg
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
			if posn := m.VisibleAdapters().Outside[a.Info.Type]; m.VisibleAdapters().Wrappers[a.Info.Type] {
				// A wrapper registered by a function once per name:
				// a zero value of it is no adapter to add.
				form, noFix = registeredAtAdvice(model.OutsideRegistration{Posn: posn, Wrapper: true}, ""), ""
			} else if posn != "" {
				// A fix that adds a registration while the other one
				// stays would register it twice (a panic, for many
				// registries): both edits are the user's to make.
				form += " and remove its registration at " + posn
				noFix = "adding one while the other stays would register it twice"
			} else if unresolved != nil {
				// It may be what the unresolved registration holds: a
				// second registration would then panic, for many
				// registries, at start-up.
				noFix = fmt.Sprintf("the registration of %s at %s cannot be resolved and may register it already",
					model.ShortExpr(m.Pass().Fset, unresolved.Expr), m.Position(unresolved.Expr.Pos()))
			} else if noFix == "" {
				fix = unregisteredFix(m, first, r, a)
			}
			if noFix != "" {
				form += " (no automatic fix: " + noFix + ")"
			}
			name := model.QualifiedType(a.Info.Type, a.Pkg.Name(), a.Info.Pointer, m.Pass().Pkg)
			var related []analysis.RelatedInformation
			if obj := adapterObj(a); obj != nil {
				related = []analysis.RelatedInformation{{Pos: obj.Pos(), End: obj.Pos(), Message: name + " is declared here"}}
			}
			rep.reportRelated(RuleUnregistered, first.Name.Pos(), first.Name.End(), fix, related,
				"adapter %s (%s) implements %s but is not registered in %s; %s",
				name, a.Info.Posn,
				model.QualifiedObj(r.Obj, m.Pass().Pkg), first.Name.Name, form)
		}
	}
}

// registrationForm says what to add, in the form the init function already
// uses: "add r.Register(piper.New())" or "add the entry "piper": piper.New".
// noFix says why no fix can be offered for a form it can say: every
// registration there is inside a loop, a condition or a nested function.
func registrationForm(m *pkgModel, in *model.RegistryInit, r *model.Registry, a *model.VisibleAdapter) (form, noFix string) {
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
func whyNoText(m *pkgModel, like *model.Registration, a *model.VisibleAdapter) string {
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
func (m *pkgModel) adapterFactories() map[string][]*types.Func {
	if len(m.Adapters) == 0 || !m.SeesRegistry() {
		return nil
	}
	want := make(map[string]bool, len(m.Adapters))
	for _, a := range m.Adapters {
		want[a.Info.Type] = true
	}
	out := make(map[string][]*types.Func)
	scope := m.Pass().Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok || !fn.Exported() || fn.Signature().Results().Len() == 0 {
			continue
		}
		for _, t := range m.ReturnsOf(fn).Types {
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
	r := m.Registry(reg)
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

// checkSelfImports reports, for registries under policy self, adapter
// packages that nothing in the program imports (or, with an aggregator,
// that the aggregator does not import directly): their init() never runs,
// so their adapters are never registered. Imports from _test.go files do
// not count, nor do those of the test mains that go test generates. Only
// a package whose func init() registers adapters of the registry is
// reported: blank-importing any other would register nothing. The finding is at the adapter package's clause, with a fix
// that adds the blank import to the aggregator when one is set.
func checkSelfImports(summaries []*Summary, registries map[string]summaryRegistry) []analysis.Diagnostic {
	self := false
	for _, r := range registries {
		self = self || r.info.Policy == config.PolicySelf
	}
	if !self {
		return nil
	}
	byPath := make(map[string]*Summary)
	importedBy := make(map[string]bool)
	blank := make(map[string][]string)
	imports := make(map[string]map[string]bool)
	importedByTests := make(map[string]bool)
	for _, s := range summaries {
		if s == nil {
			continue
		}
		if _, ok := byPath[s.Path]; !ok {
			byPath[s.Path] = s
			blank[s.Path] = s.blank
			imports[s.Path] = s.imports
		}
		for p := range s.imports {
			importedBy[p] = true
		}
		for _, p := range s.testImports {
			importedByTests[p] = true
		}
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	// A registry without a configured aggregator gets the inferred one:
	// the package that blank-imports the most of its adapter packages.
	inferred := make(map[string]string)
	adapterPkgs := make(map[string][]string)
	for _, p := range paths {
		if s := byPath[p]; s.firstFile != nil {
			for _, key := range selfRegistriesOf(s, registries) {
				adapterPkgs[key] = append(adapterPkgs[key], p)
			}
		}
	}
	for key, pkgs := range adapterPkgs {
		if registries[key].info.Aggregator == "" {
			inferred[key] = model.InferAggregator(blank, pkgs)
		}
	}
	tagged := taggedAggregators(byPath, registries, adapterPkgs, inferred, importedBy, blank)
	// An adapter package's init() runs in every program that links it:
	// the aggregator or a command (package main) importing it directly
	// or not, as Caddy's cmd/caddy imports modules/standard, which
	// blank-imports modules/caddyhttp/standard and the others.
	reaches := importClosures(byPath, imports)
	var mains []string
	for _, p := range paths {
		if s := byPath[p]; s.pkg != nil && s.pkg.Name() == "main" && s.firstFile != nil {
			mains = append(mains, p)
		}
	}
	mainReaches := func(p string) bool {
		return slices.ContainsFunc(mains, func(m string) bool { return m != p && reaches(m, p) })
	}
	var diags []analysis.Diagnostic
	for _, p := range paths {
		s := byPath[p]
		if s.firstFile == nil {
			continue
		}
		for _, key := range selfRegistriesOf(s, registries) {
			r := registries[key]
			rule := RuleUnregistered
			if !s.cfg.RuleEnabled(rule) || s.suppress.Suppressed(rule, s.firstFile.Package) {
				continue
			}
			if !importedBy[p] && importedByTests[p] {
				// Only other packages' tests import it: test doubles
				// (Caddy's internal/testmocks), never to be linked into
				// the program.
				continue
			}
			if !s.initRegisters[key] || tagged[key].pkg != nil {
				// Importing it would register nothing: its adapters
				// are reported at their types, for want of a func init().
				// Or the aggregator is out of this build: said once.
				continue
			}
			agg, how := r.info.Aggregator, ""
			if agg == "" && inferred[key] != "" && inferred[key] != p {
				agg, how = inferred[key], " (inferred: it blank-imports the most adapter packages)"
			}
			var msg string
			var fixes []analysis.SuggestedFix
			switch {
			case agg != "":
				a := byPath[agg]
				if a == nil {
					continue // see checkProgramAggregators
				}
				if a.firstFile == nil || reaches(agg, p) || mainReaches(p) {
					continue // its init() runs where the aggregator or a command is linked
				}
				if chain := importChain(imports, s.pkg, agg); chain != nil {
					msg = fmt.Sprintf("package %s declares adapters of %s (policy self) but aggregator %s%s does not import it, so its init() never runs (no automatic fix: %s; blank-import it from a package above both)", p, shortKey(key, registries), agg, how, cycleReason(chain))
					break
				}
				msg = fmt.Sprintf("package %s declares adapters of %s (policy self) but aggregator %s%s does not import it, so its init() never runs; add import _ %q to %s", p, shortKey(key, registries), agg, how, p, agg)
				fixes = []analysis.SuggestedFix{{
					Message:   fmt.Sprintf("Blank-import %s from %s", p, agg),
					TextEdits: []analysis.TextEdit{edit.AddImportEditSrc(a.fset, a.firstFile, a.source(a.firstFile), "_ "+strconv.Quote(p))},
				}}
			case importedBy[p]:
				continue
			default:
				msg = fmt.Sprintf("package %s declares adapters of %s (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports more adapter packages than every other, so none is the aggregator; set aggregator: to get one)", p, shortKey(key, registries))
			}
			diags = append(diags, analysis.Diagnostic{Pos: s.firstFile.Package, End: s.firstFile.Name.End(), Category: rule, URL: rules.URL(rule), Message: msg, SuggestedFixes: fixes})
		}
	}
	for _, key := range slices.Sorted(maps.Keys(tagged)) {
		t := tagged[key]
		r := registries[key]
		owner := byPath[r.obj.Pkg().Path()]
		if owner == nil {
			continue
		}
		msg := fmt.Sprintf("aggregator %s of %s%s has no files in this build (%s: %s), so no adapter package is checked against it; %s",
			t.pkg.path, shortKey(key, registries), t.how, t.pkg.file, t.pkg.constraint, t.pkg.tagAdvice())
		if d, ok := owner.diagnostic(RuleUnregistered, r.obj.Pos(), r.obj.Pos()+token.Pos(len(r.obj.Name())), msg); ok {
			diags = append(diags, d)
		}
	}
	return diags
}

// taggedAggregator is the aggregator of a registry when it has no files
// in this build, and how it was chosen.
type taggedAggregator struct {
	pkg *taggedPackage
	how string // "" when configured
}

// taggedAggregators returns, by registry, the aggregators that have no
// files in this build (only under build tags that were not given): a
// configured one that is not among the analyzed packages, or, for a
// registry without one whose adapter packages nothing imports, the
// package outside the build that the inference would choose. Each is
// said once rather than blaming every adapter package it imports.
func taggedAggregators(byPath map[string]*Summary, registries map[string]summaryRegistry, adapterPkgs map[string][]string, inferred map[string]string, importedBy map[string]bool, blank map[string][]string) map[string]taggedAggregator {
	out := make(map[string]taggedAggregator)
	var oob *outOfBuild
	for _, key := range slices.Sorted(maps.Keys(adapterPkgs)) {
		agg := registries[key].info.Aggregator
		if agg != "" {
			if byPath[agg] == nil {
				if oob == nil {
					oob = newOutOfBuild(byPath)
				}
				if t := oob.lookup(agg); t != nil {
					out[key] = taggedAggregator{pkg: t}
				}
			}
			continue
		}
		if inferred[key] != "" || !slices.ContainsFunc(adapterPkgs[key], func(p string) bool {
			return byPath[p].initRegisters[key] && !importedBy[p]
		}) {
			continue
		}
		if oob == nil {
			oob = newOutOfBuild(byPath)
		}
		all := oob.all()
		if len(all) == 0 {
			continue
		}
		with := maps.Clone(blank)
		for p, t := range all {
			with[p] = t.blank
		}
		if t := all[model.InferAggregator(with, adapterPkgs[key])]; t != nil {
			out[key] = taggedAggregator{pkg: t, how: " (inferred: it blank-imports the most adapter packages)"}
		}
	}
	return out
}

// checkSelfUnregistered reports, for registries under policy self, the
// package's adapters that no init() of the package registers, at the type.
func checkSelfUnregistered(rep *reporter, m *pkgModel) {
	if len(m.Adapters) == 0 {
		return
	}
	registered := make(map[string]bool)
	for _, c := range m.Calls {
		if c.Registry.Info.Policy != config.PolicySelf || c.Plumbing || !model.IsPackageInit(c.Func) {
			continue
		}
		for _, k := range c.Types {
			if p, _, _ := config.SplitPkgName(k); p == m.Pass().Pkg.Path() {
				registered[k] = true
			}
		}
	}
	vis := m.VisibleAdapters()
	elsewhere := m.registeredElsewhere()
	for _, a := range m.Adapters {
		if vis.Bases[a.Info.Type] {
			continue
		}
		for _, key := range a.Info.Registries {
			r := m.Registry(key)
			if r == nil || r.Info.Policy != config.PolicySelf || registered[a.Info.Type] {
				continue
			}
			if o, ok := elsewhere[a.Info.Type]; ok {
				// Registered by a function (Caddy's RegisterAdapter
				// registers a wrapper per adapter name): a func init()
				// registering a zero value would add a module that
				// was never meant to be.
				rep.report(RuleUnregistered, a.Obj.Pos(), a.Obj.Pos()+token.Pos(len(a.Obj.Name())), nil,
					"adapter %s implements %s but no init() of its package registers it (policy self); %s",
					m.TypeString(a.Info.Type, a.Info.Pointer), model.QualifiedObj(r.Obj, m.Pass().Pkg), registeredAtAdvice(o, "move its registration into a func init()"))
				continue
			}
			hint, fix := selfRegistration(m, r, a)
			rep.report(RuleUnregistered, a.Obj.Pos(), a.Obj.Pos()+token.Pos(len(a.Obj.Name())), fix,
				"adapter %s implements %s but no init() of its package registers it (policy self); %s",
				m.TypeString(a.Info.Type, a.Info.Pointer), model.QualifiedObj(r.Obj, m.Pass().Pkg), hint)
		}
	}
}

// registeredElsewhere returns, by adapter type, where the package first
// registers it outside an init function and outside a func init(): in a
// function (a late call, a helper), or as the concrete argument of a
// register call inside a register function or registry method (a wrapper
// registered once per name, Caddy's RegisterModule(adapterModule{name,
// adapter})). Registrations in tests do not count. No fix adds a
// registration of such a type: it would be its second.
func (m *pkgModel) registeredElsewhere() map[string]model.OutsideRegistration {
	out := make(map[string]model.OutsideRegistration)
	for _, c := range m.Calls {
		if c.Init != nil || model.IsPackageInit(c.Func) || m.IsTestFile(c.Call.Pos()) {
			continue
		}
		keys := c.Types
		if c.Plumbing {
			keys = nil
			if t := m.Pass().TypesInfo.TypeOf(c.Arg); t != nil && !types.IsInterface(t) {
				if key, _ := model.TypeKey(t); key != "" {
					keys = []string{key}
				}
			}
		}
		for _, k := range keys {
			if _, ok := out[k]; !ok {
				out[k] = model.OutsideRegistration{Type: k, Posn: model.MessagePosition(m.Pass().Fset, model.ModulePath(m.Pass()), m.Pass().Pkg.Path(), c.Call.Pos()), Wrapper: c.Plumbing}
			}
		}
	}
	return out
}

// registeredAtAdvice says what to do about an adapter that o registers
// outside the init function: move a registration (move), but not a
// wrapper's, registered once per name by a function; never a fix.
func registeredAtAdvice(o model.OutsideRegistration, move string) string {
	if o.Wrapper {
		return "if its registration by a function is by design (a wrapper, one per name), mark the type //registrylint:ignore unregistered (no automatic fix: registered at " + o.Posn + ")"
	}
	return move + " (no automatic fix: registered at " + o.Posn + ")"
}

// checkProgramUnregistered reports, for registries under policy central,
// each adapter whose package no init function of its registry can see
// (reported at the type, with a fix that registers it in the form of the
// init function's other registrations when one is among the analyzed
// packages).
func checkProgramUnregistered(p *program) []analysis.Diagnostic {
	var diags []analysis.Diagnostic
	p.centralRegistrations(func(k string, at programAdapter, reg string, _ summaryRegistry, _ bool) {
		if len(p.inits[reg]) == 0 || p.sees[reg][k] {
			return // missing-init, or registered
		}
		form, fixes := "register it there", []analysis.SuggestedFix(nil)
		if o, ok := p.outside[k]; ok && o.Wrapper {
			form = registeredAtAdvice(o, "")
		} else if ok {
			form += " and remove its registration at " + o.Posn + " (no automatic fix: adding one while the other stays would register it twice)"
		} else if in := p.fixFrom[reg]; in != nil {
			form, fixes = p.registerFixAcyclic(in, reg, at.a, at.s.pkg)
		} else {
			form += " (no automatic fix: no init function of it is among the analyzed packages)"
		}
		msg := fmt.Sprintf("adapter %s implements %s but no init function of it can see package %s; import the package where %s registers adapters and %s",
			model.QualifiedType(k, at.s.pkg.Name(), at.a.info.Pointer, nil), shortKey(reg, p.registries), at.s.Path, strings.Join(p.inits[reg], ", "), form)
		if d, ok := at.s.diagnostic(RuleUnregistered, at.a.pos, at.a.pos, msg); ok {
			d.SuggestedFixes = fixes
			diags = append(diags, d)
		}
	})
	return diags
}

// registerFixAcyclic is [summaryInit.registerFix], without the fix when
// the import it adds would close a cycle (pkg imports the init
// function's package, directly or not): the fixed module would not
// build.
func (p *program) registerFixAcyclic(in *summaryInit, reg string, a summaryAdapter, pkg *types.Package) (string, []analysis.SuggestedFix) {
	form, fixes := in.registerFix(reg, a, pkg)
	if fixes != nil {
		if chain := importChain(p.imports, pkg, in.m.Pass().Pkg.Path()); chain != nil {
			return form + " (no automatic fix: " + cycleReason(chain) + "; move the init function to a package above both)", nil
		}
	}
	return form, fixes
}

// checkProgramConsumerSiblings reports, for a registry whose interface is
// defined by its consumer (its registered adapters' packages do not
// import it), the implementers in analyzed packages beside those of the
// registered adapters that no init function of it can see: no fact
// declares them, since their packages do not know the interface.
func checkProgramConsumerSiblings(summaries []*Summary, p *program) []analysis.Diagnostic {
	var diags []analysis.Diagnostic
	byPath := make(map[string]*Summary)
	for _, s := range summaries {
		if s != nil && s.pkg != nil && byPath[s.Path] == nil {
			byPath[s.Path] = s
		}
	}
	paths := slices.Sorted(maps.Keys(byPath))
	reported := make(map[string]bool)
	for _, s := range summaries {
		if s == nil {
			continue
		}
		for i := range s.inits {
			in := &s.inits[i]
			if in.m == nil {
				continue
			}
			for _, key := range slices.Sorted(maps.Keys(in.consumer)) {
				dirs := in.consumer[key]
				r := in.m.Registry(key)
				if r == nil {
					continue
				}
				for _, pkgPath := range paths {
					t := byPath[pkgPath]
					if !dirs[path.Dir(pkgPath)] {
						continue
					}
					for _, a := range in.m.SiblingAdapters(t.pkg, r) {
						if p.sees[key][a.Info.Type] || reported[a.Info.Type] {
							continue
						}
						reported[a.Info.Type] = true
						form, fixes := p.registerFixAcyclic(in, key, summaryAdapter{info: a.Info, pos: a.Obj.Pos()}, t.pkg)
						msg := fmt.Sprintf("adapter %s implements %s but no init function of it can see package %s; import the package where %s registers adapters and %s",
							model.QualifiedType(a.Info.Type, t.pkg.Name(), a.Info.Pointer, nil), shortKey(key, p.registries), t.Path, strings.Join(p.inits[key], ", "), form)
						if d, ok := t.diagnostic(RuleUnregistered, a.Obj.Pos(), a.Obj.Pos(), msg); ok {
							d.SuggestedFixes = fixes
							diags = append(diags, d)
						}
					}
				}
			}
		}
	}
	return diags
}

// importClosures returns whether package from imports package to,
// directly or not, through the non-test imports of the analyzed packages
// (imports) and, beyond them, the imports of the type-checked packages;
// each package's closure is computed once.
func importClosures(byPath map[string]*Summary, imports map[string]map[string]bool) func(from, to string) bool {
	closures := make(map[string]map[string]bool)
	var closure func(from string) map[string]bool
	closure = func(from string) map[string]bool {
		if c, ok := closures[from]; ok {
			return c
		}
		c := make(map[string]bool)
		closures[from] = c // a cycle adds nothing
		var direct []string
		if imps, ok := imports[from]; ok {
			for p := range imps {
				direct = append(direct, p)
			}
		}
		for _, p := range direct {
			c[p] = true
			for q := range closure(p) {
				c[q] = true
			}
		}
		if _, analyzed := imports[from]; !analyzed {
			// Not analyzed: the imports of its types, when some
			// analyzed package's types reach it.
			for _, s := range byPath {
				if s.pkg == nil {
					continue
				}
				for _, imp := range s.pkg.Imports() {
					if imp.Path() == from {
						addTypeImports(c, imp)
						return c
					}
				}
			}
		}
		return c
	}
	return func(from, to string) bool { return closure(from)[to] }
}

// addTypeImports adds the import closure of pkg, from its types, to c.
func addTypeImports(c map[string]bool, pkg *types.Package) {
	for _, imp := range pkg.Imports() {
		if !c[imp.Path()] {
			c[imp.Path()] = true
			addTypeImports(c, imp)
		}
	}
}
