package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/registrylint/registrylint/internal/directive"
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
	suppress   *directive.Suppressions
	fset       *token.FileSet
	pkg        *types.Package
	imports    map[string]bool // direct imports of non-test files
	blank      []string        // blank imports of non-test files
	// testImports are the imports of its _test.go files (its own path,
	// and an external test package's, left out): a package that only
	// other packages' tests import holds test doubles.
	testImports []string
	outside     map[string]model.OutsideRegistration // adapters registered outside an init function, see Model.Outside
	firstFile   *ast.File                            // the package's first non-test file
	// initRegisters holds the registries that a func init() of the
	// package (not of a test) registers adapters of: blank-importing the
	// package registers something in them.
	initRegisters map[string]bool
	module        string // the module path, "" when unknown
	// ruleInMessage is Options.RuleInMessage.
	ruleInMessage bool
	sees          bool // a registry is declared in or visible to the package
	// derived lists the registries of which the package sees adapters
	// that no fact declares (a consumer-defined interface's, in packages
	// named by packages:), for missing-init.
	derived []string
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
// [pkgModel.positionIn]).
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
	obj        types.Object
	registries []string
	sees       map[string]bool // adapter keys visible to it
	registered []string        // adapter types its registrations resolve to
	// consumer holds, by registry, the parent directories of the
	// packages of its registered adapters when they do not import the
	// interface's package (see model.ConsumerDirs).
	consumer map[string]map[string]bool
	// first holds the registries of which it is the first init function
	// that its package can see; the others are reported by the package.
	first map[string]bool
	// model and init are the init function's package model and the
	// function, from which the whole-program check writes the fix that
	// registers an adapter of a package the init function cannot see.
	m    *pkgModel
	init *model.RegistryInit
}

// summary makes the package's Summary.
func (m *pkgModel) summary() *Summary {
	s := &Summary{Path: m.Pass().Pkg.Path(), cfg: m.Config(), suppress: m.Suppressions(), fset: m.Pass().Fset, pkg: m.Pass().Pkg, imports: make(map[string]bool), module: model.ModulePath(m.Pass())}
	if isTestMain(m.Pass()) {
		// The test main that go test generates imports the package
		// under test: a package's own tests never count as importing it.
		return s
	}
	for _, f := range m.Pass().Files {
		if m.IsTestFile(f.Package) {
			for _, spec := range f.Imports {
				if p := strings.Trim(spec.Path.Value, "`\""); p != s.Path && p != strings.TrimSuffix(s.Path, "_test") {
					s.testImports = append(s.testImports, p)
				}
			}
			continue
		}
		if s.firstFile == nil || m.Pass().Fset.File(f.Package).Name() < m.Pass().Fset.File(s.firstFile.Package).Name() {
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
	if !m.SeesRegistry() {
		return s
	}
	s.sees = true
	for _, c := range m.Calls {
		if !c.Plumbing && model.IsPackageInit(c.Func) && !m.IsTestFile(c.Call.Pos()) {
			if s.initRegisters == nil {
				s.initRegisters = make(map[string]bool)
			}
			s.initRegisters[c.Registry.Info.Key] = true
		}
	}
	for _, o := range m.Outside {
		if s.outside == nil {
			s.outside = make(map[string]model.OutsideRegistration)
		}
		s.outside[o.Type] = o
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
	for _, r := range m.Registries {
		if c := m.Config(); !r.Local || c == nil || !hasPackages(c, r.Info.Key) {
			continue // asked of the interface's own package only
		}
		for _, a := range m.VisibleAdapters().Of(r.Info.Key) {
			if a.Derived {
				s.derived = append(s.derived, r.Info.Key)
				break
			}
		}
	}
	imported := m.ImportedInits()
	for _, in := range m.RegistryInits {
		si := summaryInit{name: in.Name.Name, obj: in.Obj, sees: make(map[string]bool), first: make(map[string]bool), m: m, init: in}
		for _, r := range in.Registries {
			si.registries = append(si.registries, r.Info.Key)
			if len(imported[r.Info.Key]) == 0 && m.registryInitsOf(r)[0] == in {
				si.first[r.Info.Key] = true
			}
		}
		for _, a := range m.VisibleAdapters().List {
			si.sees[a.Info.Type] = true
		}
		for _, reg := range in.Registrations {
			si.registered = append(si.registered, reg.Types...)
		}
		for _, r := range in.Registries {
			if dirs := m.ConsumerDirs(r); len(dirs) > 0 {
				if si.consumer == nil {
					si.consumer = make(map[string]map[string]bool)
				}
				si.consumer[r.Info.Key] = dirs
			}
		}
		s.inits = append(s.inits, si)
	}
	return s
}

// hasPackages reports whether the configuration sets packages: for the
// registry key.
func hasPackages(c *config.Config, key string) bool {
	for _, rc := range c.Registries {
		if rc.Adapter == key && len(rc.Packages) > 0 {
			return true
		}
	}
	return false
}

// isTestMain reports whether the package of pass is the main package that
// go test generates to run a package's tests ("path.test", its one file in
// the build cache).
func isTestMain(pass *analysis.Pass) bool {
	if pass.Pkg.Name() != "main" || !strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return false
	}
	for _, f := range pass.Files {
		if name := pass.Fset.File(f.Package).Name(); strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_testmain.go") {
			return false
		}
	}
	return true
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
	p := newProgram(summaries)
	var diags []analysis.Diagnostic
	diags = append(diags, checkProgramMissingInit(p)...)
	diags = append(diags, checkProgramUnregistered(p)...)
	diags = append(diags, checkProgramConsumerSiblings(summaries, p)...)
	diags = append(diags, checkProgramMultipleInit(summaries, p.registries)...)
	diags = append(diags, checkProgramDuplicateNames(summaries, p.registries)...)
	diags = append(diags, checkSelfImports(summaries, p.registries)...)
	diags = append(diags, checkProgramAggregators(summaries, p.registries)...)
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

// program indexes the summaries of every analyzed package for the
// whole-program halves of the rules.
type program struct {
	registries map[string]summaryRegistry
	regOwner   map[string]*Summary        // by registry: the summary that declares it
	inits      map[string][]string        // by registry: its init functions, as pkg.Func
	sees       map[string]map[string]bool // by registry: the adapter types its init functions see
	bases      map[string]bool            // types embedded by adapters
	adapters   map[string]programAdapter  // by type, first summary wins
	fixFrom    map[string]*summaryInit    // by registry: the init function a fix registers in
	derived    map[string]bool            // registries with adapters no fact declares (Summary.derived)
	// outside holds, by adapter type, its first registration outside an
	// init function in any analyzed package.
	outside map[string]model.OutsideRegistration
	// imports holds the direct imports of each analyzed package's
	// non-test files.
	imports map[string]map[string]bool
}

// programAdapter is an adapter and the summary of its package.
type programAdapter struct {
	a summaryAdapter
	s *Summary
}

// newProgram indexes summaries.
func newProgram(summaries []*Summary) *program {
	p := &program{
		registries: make(map[string]summaryRegistry),
		regOwner:   make(map[string]*Summary),
		inits:      make(map[string][]string),
		sees:       make(map[string]map[string]bool),
		bases:      make(map[string]bool),
		adapters:   make(map[string]programAdapter),
		fixFrom:    make(map[string]*summaryInit),
		derived:    make(map[string]bool),
		outside:    make(map[string]model.OutsideRegistration),
		imports:    make(map[string]map[string]bool),
	}
	for _, s := range summaries {
		if s == nil {
			continue
		}
		if _, ok := p.imports[s.Path]; !ok {
			p.imports[s.Path] = s.imports
		}
		for k, o := range s.outside {
			if _, ok := p.outside[k]; !ok {
				p.outside[k] = o
			}
		}
		for _, r := range s.registries {
			if _, ok := p.registries[r.info.Key]; !ok {
				p.registries[r.info.Key], p.regOwner[r.info.Key] = r, s
			}
		}
		for i := range s.inits {
			in := &s.inits[i]
			for _, key := range in.registries {
				if p.fixFrom[key] == nil && in.first[key] && in.m != nil {
					p.fixFrom[key] = in
				}
				if name := s.pkg.Name() + "." + in.name; !slices.Contains(p.inits[key], name) {
					p.inits[key] = append(p.inits[key], name) // once, whatever the test variants
				}
				if p.sees[key] == nil {
					p.sees[key] = make(map[string]bool)
				}
				for k := range in.sees {
					p.sees[key][k] = true
				}
			}
		}
		for _, key := range s.derived {
			p.derived[key] = true
		}
		for _, a := range s.adapters {
			for _, e := range a.info.Embeds {
				p.bases[e] = true
			}
			if _, ok := p.adapters[a.info.Type]; !ok {
				p.adapters[a.info.Type] = programAdapter{a, s}
			}
		}
	}
	return p
}

// centralRegistrations calls f, in adapter-type order, for each non-base
// adapter and each of its registries that is known under policy central
// or unknown (declared in no analyzed package).
func (p *program) centralRegistrations(f func(key string, at programAdapter, reg string, r summaryRegistry, known bool)) {
	for _, k := range slices.Sorted(maps.Keys(p.adapters)) {
		if p.bases[k] {
			continue
		}
		at := p.adapters[k]
		for _, reg := range at.a.info.Registries {
			r, known := p.registries[reg]
			if known && r.info.Policy != config.PolicyCentral {
				continue
			}
			f(k, at, reg, r, known)
		}
	}
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

// importChain returns the packages through which pkg imports the package
// at path to, directly or not, pkg first and to last; nil when it does
// not. Importing pkg from to would then close an import cycle. The
// imports of the analyzed packages' non-test files (imports, by path)
// are followed, and, for the packages not analyzed, those their types
// record.
func importChain(imports map[string]map[string]bool, pkg *types.Package, to string) []string {
	typed := map[string]*types.Package{pkg.Path(): pkg}
	prev := map[string]string{pkg.Path(): ""}
	queue := []string{pkg.Path()}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var chain []string
			for p := cur; p != ""; p = prev[p] {
				chain = append(chain, p)
			}
			slices.Reverse(chain)
			return chain
		}
		var next []string
		if direct, ok := imports[cur]; ok {
			next = slices.Sorted(maps.Keys(direct))
		}
		if tp := typed[cur]; tp != nil {
			for _, imp := range tp.Imports() {
				if _, ok := typed[imp.Path()]; !ok {
					typed[imp.Path()] = imp
				}
				next = append(next, imp.Path())
			}
		}
		for _, n := range next {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

// cycleReason says why a package on chain (from importChain) cannot be
// imported by the last.
func cycleReason(chain []string) string {
	from, to := chain[0], chain[len(chain)-1]
	through := ""
	if len(chain) > 2 {
		through = " (through " + strings.Join(chain[1:len(chain)-1], ", ") + ")"
	}
	return from + " imports " + to + through + ", which cannot import it back"
}
