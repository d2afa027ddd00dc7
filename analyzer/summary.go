package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"os"
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

// Summary is the per-package result of the registrylint analyzer: what the
// whole-program checks ([CheckProgram]) need to know of the package.
type Summary struct {
	// Path is the package's import path.
	Path string

	registries []summaryRegistry
	adapters   []summaryAdapter
	inits      []summaryInit
	cfg        *config.Config
	suppress   *model.Suppressions
	fset       *token.FileSet
	pkg        *types.Package
	imports    map[string]bool   // direct imports of non-test files
	blank      []string          // blank imports of non-test files
	outside    map[string]string // adapters registered outside an init function, see Model.Outside
	firstFile  *ast.File         // the package's first non-test file
	module     string            // the module path, "" when unknown
	// ruleInMessage is Options.RuleInMessage.
	ruleInMessage bool
	sees          bool // a registry is declared in or visible to the package
}

// SeesRegistry reports whether a registry is declared in the package or
// in a package it imports: whether the rules had anything to check.
func (s *Summary) SeesRegistry() bool { return s.sees }

// source returns the content of file, or nil when it cannot be read as
// it was parsed.
func (s *Summary) source(file *ast.File) []byte {
	tf := s.fset.File(file.Pos())
	if tf == nil {
		return nil
	}
	data, err := os.ReadFile(tf.Name())
	if err != nil || len(data) != tf.Size() {
		return nil
	}
	return data
}

// diagnostic makes a whole-program diagnostic of rule at [pos, end) in the
// package; ok is false when the rule is off or the finding suppressed.
func (s *Summary) diagnostic(rule string, pos, end token.Pos, msg string, related ...analysis.RelatedInformation) (d analysis.Diagnostic, ok bool) {
	if s.cfg != nil && !s.cfg.RuleEnabled(rule) || s.suppress.Suppressed(rule, pos) {
		return d, false
	}
	if s.ruleInMessage {
		msg = rule + ": " + msg
	}
	return analysis.Diagnostic{Pos: pos, End: end, Category: rule, URL: rules.URL(rule), Message: msg, Related: related}, true
}

// position returns where pos is, as messages name it (see
// [Model.positionIn]).
func (s *Summary) position(pos token.Pos) string {
	return model.MessagePosition(s.fset, s.module, s.Path, pos)
}

type summaryRegistry struct {
	info model.RegistryInfo
	obj  *types.TypeName
}

type summaryAdapter struct {
	info model.AdapterInfo
	pos  token.Pos
	// factories are the exported functions of its package that return
	// it, for a whole-program fix into a factory registry.
	factories []*types.Func
}

type summaryInit struct {
	name       string
	obj        *types.Func
	registries []string
	sees       map[string]bool // adapter keys visible to it
	registered []string        // adapter types its registrations resolve to
	// first holds the registries of which it is the first init function
	// that its package can see; the others are reported by the package.
	first map[string]bool
	// model and init are the init function's package model and the
	// function, from which the whole-program check writes the fix that
	// registers an adapter of a package the init function cannot see.
	m    *Model
	init *model.InitFunc
}

// summary makes the package's Summary.
func (m *Model) summary() *Summary {
	s := &Summary{Path: m.Pass.Pkg.Path(), cfg: m.Config, suppress: m.Suppress, fset: m.Pass.Fset, pkg: m.Pass.Pkg, imports: make(map[string]bool), module: model.ModulePath(m.Pass)}
	for _, f := range m.Pass.Files {
		if m.IsTestFile(f.Package) {
			continue
		}
		if s.firstFile == nil || m.Pass.Fset.File(f.Package).Name() < m.Pass.Fset.File(s.firstFile.Package).Name() {
			s.firstFile = f
		}
		for _, spec := range f.Imports {
			p := strings.Trim(spec.Path.Value, "`\"")
			s.imports[p] = true
			if spec.Name != nil && spec.Name.Name == "_" {
				s.blank = append(s.blank, p)
			}
		}
	}
	if m.Skipped {
		return s
	}
	s.sees = true
	for _, o := range m.Outside {
		if s.outside == nil {
			s.outside = make(map[string]string)
		}
		s.outside[o.Type] = o.Posn
	}
	for _, r := range m.Registries {
		if r.Local {
			s.registries = append(s.registries, summaryRegistry{info: r.Info, obj: r.Obj})
		}
	}
	factories := m.adapterFactories()
	for _, a := range m.Adapters {
		s.adapters = append(s.adapters, summaryAdapter{info: a.Info, pos: a.Obj.Pos(), factories: factories[a.Info.Type]})
	}
	imported := m.ImportedInits()
	for _, in := range m.Inits {
		si := summaryInit{name: in.Decl.Name.Name, obj: in.Obj, sees: make(map[string]bool), first: make(map[string]bool), m: m, init: in}
		for _, r := range in.Registries {
			si.registries = append(si.registries, r.Info.Key)
			if len(imported[r.Info.Key]) == 0 && m.initsOf(r)[0] == in {
				si.first[r.Info.Key] = true
			}
		}
		for _, a := range m.VisibleAdapters().List {
			si.sees[a.Info.Type] = true
		}
		for _, reg := range in.Registrations {
			si.registered = append(si.registered, reg.Types...)
		}
		s.inits = append(s.inits, si)
	}
	return s
}

// CheckProgram runs the whole-program checks over the summaries of every
// analyzed package: an adapter whose package no init function of its
// registry can see is unregistered (reported at the type), and a registry
// with adapters but no init function anywhere is missing-init (reported at
// the interface; its adapters are then not listed one by one). Positions
// are in the FileSet the packages were loaded with; Category and URL are
// set and suppressions applied. The result is sorted and free of the
// duplicates that test variants of a package would cause.
func CheckProgram(summaries []*Summary) []analysis.Diagnostic {
	registries := make(map[string]summaryRegistry)
	regOwner := make(map[string]*Summary)
	inits := make(map[string][]string)
	sees := make(map[string]map[string]bool)
	bases := make(map[string]bool)
	type adapterAt struct {
		a summaryAdapter
		s *Summary
	}
	adapters := make(map[string]adapterAt)
	fixFrom := make(map[string]*summaryInit) // by registry: the init function a fix registers in
	for _, s := range summaries {
		if s == nil {
			continue
		}
		for _, r := range s.registries {
			if _, ok := registries[r.info.Key]; !ok {
				registries[r.info.Key], regOwner[r.info.Key] = r, s
			}
		}
		for i := range s.inits {
			in := &s.inits[i]
			for _, key := range in.registries {
				if fixFrom[key] == nil && in.first[key] && in.m != nil {
					fixFrom[key] = in
				}
				if name := s.pkg.Name() + "." + in.name; !slices.Contains(inits[key], name) {
					inits[key] = append(inits[key], name) // once, whatever the test variants
				}
				if sees[key] == nil {
					sees[key] = make(map[string]bool)
				}
				for k := range in.sees {
					sees[key][k] = true
				}
			}
		}
		for _, a := range s.adapters {
			for _, e := range a.info.Embeds {
				bases[e] = true
			}
			if _, ok := adapters[a.info.Type]; !ok {
				adapters[a.info.Type] = adapterAt{a, s}
			}
		}
	}
	var diags []analysis.Diagnostic
	report := func(s *Summary, rule string, pos token.Pos, format string, args ...any) {
		if d, ok := s.diagnostic(rule, pos, pos, fmt.Sprintf(format, args...)); ok {
			diags = append(diags, d)
		}
	}
	keys := make([]string, 0, len(adapters))
	for k := range adapters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	missing := make(map[string]bool)
	for _, k := range keys {
		at := adapters[k]
		if bases[k] {
			continue
		}
		for _, reg := range at.a.info.Registries {
			r, known := registries[reg]
			if known && r.info.Policy != config.PolicyCentral {
				continue
			}
			if len(inits[reg]) == 0 {
				if known && !missing[reg] {
					missing[reg] = true
					owner := regOwner[reg]
					report(owner, RuleMissingInit, r.obj.Pos(),
						"adapter interface %s has adapters but no init function; mark the function that registers them with //registrylint:init",
						shortKey(reg, registries))
				}
				continue
			}
			if sees[reg][k] {
				continue
			}
			form, fixes := "register it there", []analysis.SuggestedFix(nil)
			if posn := at.s.outside[k]; posn != "" {
				form += " and remove its registration at " + posn + " (no automatic fix: adding one while the other stays would register it twice)"
			} else if in := fixFrom[reg]; in != nil {
				form, fixes = in.registerFix(reg, at.a, at.s.pkg)
			} else {
				form += " (no automatic fix: no init function of it is among the analyzed packages)"
			}
			msg := fmt.Sprintf("adapter %s implements %s but no init function of it can see package %s; import the package where %s registers adapters and %s",
				model.QualifiedType(k, at.s.pkg.Name(), at.a.info.Pointer, nil), shortKey(reg, registries), at.s.Path, strings.Join(inits[reg], ", "), form)
			if d, ok := at.s.diagnostic(RuleUnregistered, at.a.pos, at.a.pos, msg); ok {
				d.SuggestedFixes = fixes
				diags = append(diags, d)
			}
		}
	}
	diags = append(diags, checkProgramMultipleInit(summaries, registries)...)
	diags = append(diags, checkProgramDuplicateNames(summaries, registries)...)
	diags = append(diags, checkSelfImports(summaries, registries)...)
	var fset *token.FileSet
	for _, s := range summaries {
		if s != nil {
			fset = s.fset
			break
		}
	}
	sort.SliceStable(diags, func(i, j int) bool { return model.PosBefore(fset, diags[i].Pos, diags[j].Pos) })
	return diags
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

// checkProgramMultipleInit reports init functions of one registry in
// packages that do not import each other (multiple-init): of the init
// functions that are the first their own package can see, all but the
// first in import-path order. The others were reported per package.
func checkProgramMultipleInit(summaries []*Summary, registries map[string]summaryRegistry) []analysis.Diagnostic {
	type initAt struct {
		in *summaryInit
		s  *Summary
	}
	firsts := make(map[string][]initAt)
	seen := make(map[string]bool) // test variants repeat a package's init functions
	for _, s := range summaries {
		if s == nil {
			continue
		}
		for i := range s.inits {
			in := &s.inits[i]
			id := s.Path + "." + in.name + "@" + s.fset.Position(in.obj.Pos()).String()
			if seen[id] {
				continue
			}
			seen[id] = true
			for _, key := range in.registries {
				if in.first[key] {
					firsts[key] = append(firsts[key], initAt{in, s})
				}
			}
		}
	}
	keys := make([]string, 0, len(firsts))
	for k := range firsts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var diags []analysis.Diagnostic
	for _, key := range keys {
		list := firsts[key]
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].s.Path != list[j].s.Path {
				return list[i].s.Path < list[j].s.Path
			}
			return model.PosBefore(list[i].s.fset, list[i].in.obj.Pos(), list[j].in.obj.Pos())
		})
		first := list[0]
		for _, later := range list[1:] {
			s, pos := later.s, later.in.obj.Pos()
			if d, ok := s.diagnostic(RuleMultipleInit, pos, pos+token.Pos(len(later.in.name)),
				fmt.Sprintf("%s is a second init function of %s after %s.%s (%s); register every adapter in one init function",
					later.in.name, shortKey(key, registries), first.s.pkg.Name(), first.in.name, first.s.position(first.in.obj.Pos())),
				analysis.RelatedInformation{Pos: first.in.obj.Pos(), End: first.in.obj.Pos(), Message: "the first init function of " + shortKey(key, registries)}); ok {
				diags = append(diags, d)
			}
		}
	}
	return diags
}

// checkSelfImports reports, for registries under policy self, adapter
// packages that nothing in the program imports (or, with an aggregator,
// that the aggregator does not import directly): their init() never runs,
// so their adapters are never registered. Imports from _test.go files do
// not count. The finding is at the adapter package's clause, with a fix
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
	for _, s := range summaries {
		if s == nil {
			continue
		}
		if _, ok := byPath[s.Path]; !ok {
			byPath[s.Path] = s
			blank[s.Path] = s.blank
		}
		for p := range s.imports {
			importedBy[p] = true
		}
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	// A registry without a configured aggregator gets the inferred one:
	// the package that blank-imports most of its adapter packages.
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
	var diags []analysis.Diagnostic
	missingAgg := make(map[string]bool)
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
			agg, how := r.info.Aggregator, ""
			if agg == "" && inferred[key] != "" && inferred[key] != p {
				agg, how = inferred[key], " (inferred: it blank-imports most adapter packages)"
			}
			var msg string
			var fixes []analysis.SuggestedFix
			switch {
			case agg != "":
				a := byPath[agg]
				if a == nil {
					missingAgg[key] = true
					continue
				}
				if a.imports[p] || a.firstFile == nil {
					continue
				}
				msg = fmt.Sprintf("package %s declares adapters of %s (policy self) but aggregator %s%s does not import it, so its init() never runs; add import _ %q to %s", p, shortKey(key, registries), agg, how, p, agg)
				fixes = []analysis.SuggestedFix{{
					Message:   fmt.Sprintf("Blank-import %s from %s", p, agg),
					TextEdits: []analysis.TextEdit{edit.AddImportEditSrc(a.fset, a.firstFile, a.source(a.firstFile), "_ "+strconv.Quote(p))},
				}}
			case importedBy[p]:
				continue
			default:
				msg = fmt.Sprintf("package %s declares adapters of %s (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports most adapter packages, so none is the aggregator; set aggregator: to get one)", p, shortKey(key, registries))
			}
			diags = append(diags, analysis.Diagnostic{Pos: s.firstFile.Package, End: s.firstFile.Name.End(), Category: rule, URL: rules.URL(rule), Message: msg, SuggestedFixes: fixes})
		}
	}
	// An aggregator that is not among the analyzed packages turns the
	// check off: say so, at the registry, rather than pass silently.
	for _, key := range slices.Sorted(maps.Keys(missingAgg)) {
		r := registries[key]
		owner := byPath[r.obj.Pkg().Path()]
		if owner == nil {
			continue
		}
		if d, ok := owner.diagnostic(RuleBadDirective, r.obj.Pos(), r.obj.Pos()+token.Pos(len(r.obj.Name())),
			fmt.Sprintf("aggregator %s of %s is not among the analyzed packages, so no adapter package is checked against it; correct the path, or lint it with the adapter packages", r.info.Aggregator, shortKey(key, registries))); ok {
			diags = append(diags, d)
		}
	}
	return diags
}

// selfRegistriesOf returns the policy-self registries that the package
// declares non-base adapters of.
func selfRegistriesOf(s *Summary, registries map[string]summaryRegistry) []string {
	seen := make(map[string]bool)
	var keys []string
	for _, a := range s.adapters {
		for _, key := range a.info.Registries {
			if r, ok := registries[key]; ok && r.info.Policy == config.PolicySelf && !seen[key] {
				seen[key] = true
				keys = append(keys, key)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// shortKey turns a registry's "import/path.Name" into "pkg.Name", with the
// package's real name when the interface's package was analyzed.
func shortKey(key string, registries map[string]summaryRegistry) string {
	if r, ok := registries[key]; ok && r.obj != nil {
		return r.obj.Pkg().Name() + "." + r.obj.Name()
	}
	p, name, _ := config.SplitPkgName(key)
	return model.PathBase(p) + "." + name
}
