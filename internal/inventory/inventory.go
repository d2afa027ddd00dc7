package inventory

import (
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
)

// An Inventory is the static form of a registry's startup log: per
// registry, its init functions, register functions and every adapter,
// registered or not, with where and how. It is what `registrylint list`
// prints; its JSON form is stable for scripts.
type Inventory struct {
	Registries []RegistryInventory `json:"registries"`
}

// RegistryInventory describes one registry.
type RegistryInventory struct {
	Interface     string             `json:"interface"` // "import/path.Name" of the adapter interface
	Name          string             `json:"name"`      // "pkg.Name"
	Position      string             `json:"position"`  // where the interface is declared, "" if not analyzed
	Policy        string             `json:"policy"`
	Inits         []Site             `json:"inits"`         // init functions
	RegisterFuncs []string           `json:"registerFuncs"` // register functions declared by directive or config
	Registered    int                `json:"registered"`    // adapters registered
	Names         int                `json:"names"`         // distinct known names among them: what a registry keyed by name holds
	UnknownNames  int                `json:"unknownNames"`  // registered adapters whose name is unknown (not a constant, or no name method)
	Adapters      []AdapterInventory `json:"adapters"`
	Unresolved    []RegistrationSite `json:"unresolved"` // registrations whose adapter cannot be determined
	registrations map[string][]RegistrationSite
	outside       map[string][]RegistrationSite
}

// AdapterInventory describes one adapter.
type AdapterInventory struct {
	Name          string             `json:"name"` // its constant name, "" when unknown
	Type          string             `json:"type"` // "*pkg.T" or "pkg.T"
	TypeKey       string             `json:"typeKey"`
	Position      string             `json:"position"`
	Registered    bool               `json:"registered"`
	Registrations []RegistrationSite `json:"registrations"`
	// Outside lists its registrations outside the init function (central
	// policy: self-registration in its package's init(), late calls),
	// which do not count as registered.
	Outside []RegistrationSite `json:"outside,omitempty"`
	// Generic names the generic type ("pkg.T") when the adapter is a
	// value of an instance of it, which is only known where it is
	// registered: an instantiation that is never registered cannot be
	// listed, nor reported as unregistered.
	Generic string `json:"generic,omitempty"`
	// NotImported says, under policy self, why an adapter that registers
	// itself is not registered after all: its package's init() never
	// runs, since the aggregator (configured, or inferred as the package
	// that blank-imports the most adapter packages) does not import it, or
	// nothing does.
	NotImported string `json:"notImported,omitempty"`
}

// A Site is a named place in the code.
type Site struct {
	Name     string `json:"name"`
	Position string `json:"position"`
}

// RegistrationSite is one registration: where, how ("instance",
// "constructor", "factory", "map entry", "list element",
// "self-registration in init()") and in which function.
type RegistrationSite struct {
	Position string `json:"position"`
	How      string `json:"how"`
	In       string `json:"in"`
	Text     string `json:"text"`
}

// BuildInventory makes the inventory of the registries that the given
// models (the model analyzer's results on the analyzed packages) declare
// or see. rel turns a file name into the form to print.
func BuildInventory(models []*model.Model, rel func(filename string) string) *Inventory {
	b := &inventoryBuilder{rel: rel, byKey: make(map[string]*RegistryInventory), seen: make(map[string]bool), aggregators: make(map[string]string)}
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		for _, r := range m.Registries {
			b.registry(m, r)
		}
	}
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		b.registrations(m)
		b.registerFuncs(m)
	}
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		b.adapters(m)
	}
	imports := ImportsOf(models)
	inv := &Inventory{Registries: []RegistryInventory{}}
	for _, key := range SortedMapKeys(b.byKey) {
		ri := b.byKey[key]
		b.genericInstances(ri)
		if ri.Policy == config.PolicySelf {
			b.markNotImported(ri, imports)
		}
		names := make(map[string]bool)
		for i := range ri.Adapters {
			a := &ri.Adapters[i]
			a.Registrations = ri.registrations[a.TypeKey]
			if a.Registrations == nil {
				a.Registrations = []RegistrationSite{}
			}
			a.Registered = len(a.Registrations) > 0 && a.NotImported == ""
			a.Outside = ri.outside[a.TypeKey]
			if a.Registered {
				ri.Registered++
				if a.Name != "" {
					names[a.Name] = true
				} else {
					ri.UnknownNames++
				}
			}
		}
		ri.Names = len(names)
		sort.Strings(ri.RegisterFuncs)
		inv.Registries = append(inv.Registries, *ri)
	}
	return inv
}

// inventoryBuilder gathers an Inventory, once per item whatever the test
// variants.
type inventoryBuilder struct {
	rel   func(string) string
	byKey map[string]*RegistryInventory
	seen  map[string]bool
	// aggregators are the configured aggregators, by registry.
	aggregators map[string]string
}

// once reports whether id is seen for the first time.
func (b *inventoryBuilder) once(id string) bool {
	if b.seen[id] {
		return false
	}
	b.seen[id] = true
	return true
}

func (b *inventoryBuilder) position(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	if !p.IsValid() {
		return ""
	}
	return b.rel(p.Filename) + ":" + strconv.Itoa(p.Line)
}

func (b *inventoryBuilder) registry(m *model.Model, r *model.Registry) {
	ri := b.byKey[r.Info.Key]
	if ri == nil {
		ri = &RegistryInventory{
			Interface:     r.Info.Key,
			Name:          r.Obj.Pkg().Name() + "." + r.Obj.Name(),
			Policy:        r.Info.Policy,
			Inits:         []Site{},
			RegisterFuncs: []string{},
			Adapters:      []AdapterInventory{},
			Unresolved:    []RegistrationSite{},
			registrations: make(map[string][]RegistrationSite),
		}
		b.byKey[r.Info.Key] = ri
	}
	if r.Info.Aggregator != "" {
		b.aggregators[r.Info.Key] = r.Info.Aggregator
	}
	if r.Local && ri.Position == "" {
		ri.Position = b.position(m.Pass().Fset, r.Obj.Pos())
	}
}

// registrations records the init functions of m and what they register,
// and, under policy self, the registrations in the package's init().
func (b *inventoryBuilder) registrations(m *model.Model) {
	for _, in := range m.RegistryInits {
		name := m.Pass().Pkg.Name() + "." + in.Name.Name
		pos := b.position(m.Pass().Fset, in.Name.Pos())
		for _, r := range in.Registries {
			ri := b.byKey[r.Info.Key]
			if ri == nil || !b.once("init "+r.Info.Key+" "+pos) {
				continue
			}
			ri.Inits = append(ri.Inits, Site{Name: name, Position: pos})
		}
		for _, reg := range in.Registrations {
			ri := b.byKey[reg.Registry.Info.Key]
			site := RegistrationSite{
				Position: b.position(m.Pass().Fset, reg.Expr.Pos()),
				How:      registrationHow(m, reg),
				In:       name,
				Text:     model.ShortExpr(m.Pass().Fset, reg.Expr),
			}
			b.record(ri, site, reg.Types, reg.Unresolved)
		}
	}
	for _, c := range m.Calls {
		if c.Init == nil && !c.Plumbing && c.Registry.Info.Policy == config.PolicyCentral {
			if !m.IsTestFile(c.Call.Pos()) {
				b.outside(m, c)
			}
			continue
		}
		if c.Plumbing || c.Registry.Info.Policy != config.PolicySelf || !model.IsPackageInit(c.Func) {
			continue
		}
		ri := b.byKey[c.Registry.Info.Key]
		site := RegistrationSite{
			Position: b.position(m.Pass().Fset, c.Call.Pos()),
			How:      "self-registration in init()",
			In:       m.Pass().Pkg.Name() + ".init",
			Text:     model.ShortExpr(m.Pass().Fset, c.Arg),
		}
		b.record(ri, site, c.Types, c.Unresolved)
	}
}

// record records a registration at site of the adapter types it
// resolves to in registry ri (nil: a registry not listed), once per
// position and text whatever the test variants of its package.
func (b *inventoryBuilder) record(ri *RegistryInventory, site RegistrationSite, types []string, unresolved bool) {
	if ri == nil || !b.once("reg "+site.Position+" "+site.Text) {
		return
	}
	if unresolved {
		ri.Unresolved = append(ri.Unresolved, site)
	}
	for _, k := range types {
		ri.registrations[k] = append(ri.registrations[k], site)
	}
}

// outside records a register call outside the init function of a
// central registry.
func (b *inventoryBuilder) outside(m *model.Model, c *model.RegisterCall) {
	ri := b.byKey[c.Registry.Info.Key]
	how, in := "register call", m.Pass().Pkg.Name()
	if c.Func != nil {
		in += "." + c.Func.Name.Name
		if model.IsPackageInit(c.Func) {
			how = "self-registration in init()"
		}
	}
	site := RegistrationSite{
		Position: b.position(m.Pass().Fset, c.Call.Pos()),
		How:      how,
		In:       in,
		Text:     model.ShortExpr(m.Pass().Fset, c.Arg),
	}
	if ri == nil || !b.once("outside "+site.Position+" "+site.Text) {
		return
	}
	for _, k := range c.Types {
		if ri.outside == nil {
			ri.outside = make(map[string][]RegistrationSite)
		}
		ri.outside[k] = append(ri.outside[k], site)
	}
}

// registerFuncs records the register functions that m declares.
func (b *inventoryBuilder) registerFuncs(m *model.Model) {
	for fn, regs := range m.RegisterFuncs() {
		name := model.QualifiedFunc(fn, nil)
		for _, r := range regs {
			if ri := b.byKey[r.Info.Key]; ri != nil && b.once("register "+r.Info.Key+" "+name) {
				ri.RegisterFuncs = append(ri.RegisterFuncs, name)
			}
		}
	}
}

// adapters records the adapters that m declares, bases excepted, and
// those that its init functions' registrations make known (registered
// bases, consumer-defined interfaces' adapters: see
// [model.VisibleAdapter.Derived]).
func (b *inventoryBuilder) adapters(m *model.Model) {
	vis := m.VisibleAdapters()
	for _, a := range m.Adapters {
		if vis.ByKey[a.Info.Type] == nil && !b.registered(a.Info) {
			continue // a base, not registered itself
		}
		b.adapter(m, a.Info, m.Pass().Pkg.Name(), a.Obj.Pos())
	}
	if len(m.RegistryInits) == 0 {
		return
	}
	for _, a := range vis.List {
		if a.Derived {
			b.adapter(m, a.Info, a.Pkg.Name(), a.Obj.Pos())
		}
	}
}

// registered reports whether a registration of an adapter was recorded
// (a base that is registered itself, as jwt's SigningMethodRSA is).
func (b *inventoryBuilder) registered(info model.AdapterInfo) bool {
	for _, key := range info.Registries {
		if ri := b.byKey[key]; ri != nil && len(ri.registrations[info.Type]) > 0 {
			return true
		}
	}
	return false
}

// adapter records one adapter, once whatever the packages that see it.
func (b *inventoryBuilder) adapter(m *model.Model, info model.AdapterInfo, pkgName string, pos token.Pos) {
	if !b.once("adapter " + info.Type) {
		return
	}
	for _, key := range info.Registries {
		ri := b.byKey[key]
		if ri == nil {
			continue
		}
		name := ""
		if info.NameKnown {
			name = info.Name
		}
		ri.Adapters = append(ri.Adapters, AdapterInventory{
			Name:     name,
			Type:     model.QualifiedType(info.Type, pkgName, info.Pointer, nil),
			TypeKey:  info.Type,
			Position: b.position(m.Pass().Fset, pos),
		})
	}
}

// genericInstances adds to ri an entry for each instance of a generic
// type that ri's registrations register (adapters are non-generic types,
// found by their declarations; an instance is known only where it is
// registered), in key order.
func (b *inventoryBuilder) genericInstances(ri *RegistryInventory) {
	for _, key := range SortedMapKeys(ri.registrations) {
		if !model.IsGenericKey(key) || slices.ContainsFunc(ri.Adapters, func(a AdapterInventory) bool { return a.TypeKey == key }) {
			continue
		}
		ri.Adapters = append(ri.Adapters, AdapterInventory{
			Type:     model.QualifiedType(key, "", false, nil),
			TypeKey:  key,
			Position: ri.registrations[key][0].Position,
			Generic:  model.QualifiedType(model.GenericBase(key), "", false, nil),
		})
	}
}

// markNotImported sets NotImported on the self-registering adapters of
// ri whose package's init() never runs: the aggregator (configured, else
// inferred) does not import it, or, without one, no analyzed package
// does.
func (b *inventoryBuilder) markNotImported(ri *RegistryInventory, imp *packageImports) {
	var pkgs []string
	for _, a := range ri.Adapters {
		if p, _, _ := config.SplitPkgName(a.TypeKey); len(ri.registrations[a.TypeKey]) > 0 && !slices.Contains(pkgs, p) {
			pkgs = append(pkgs, p)
		}
	}
	agg := b.aggregators[ri.Interface]
	if agg == "" {
		agg = model.InferAggregator(imp.Blank, pkgs)
	}
	for i := range ri.Adapters {
		a := &ri.Adapters[i]
		p, _, _ := config.SplitPkgName(a.TypeKey)
		if len(ri.registrations[a.TypeKey]) == 0 || p == agg {
			continue
		}
		switch {
		case imp.linkedByMain(p):
			// A command links it, directly or not: its init() runs.
		case agg != "" && imp.analyzed[agg] && !imp.reaches(agg, p):
			a.NotImported = "aggregator " + agg + " does not import its package, so its init() never runs"
		case agg == "" && !imp.importedBy[p]:
			a.NotImported = "nothing imports its package, so its init() never runs"
		}
	}
}

// packageImports are the imports of the analyzed packages' non-test
// files.
type packageImports struct {
	analyzed   map[string]bool
	Imports    map[string]map[string]bool // by importing package
	importedBy map[string]bool            // imported by some package
	Blank      map[string][]string        // blank imports, by importing package
	mains      []string                   // analyzed packages named main
	closures   map[string]map[string]bool // see reaches
}

// reaches reports whether package from imports package to, directly or
// not, through the analyzed packages' non-test imports.
func (imp *packageImports) reaches(from, to string) bool {
	if imp.closures == nil {
		imp.closures = make(map[string]map[string]bool)
	}
	var closure func(string) map[string]bool
	closure = func(from string) map[string]bool {
		if c, ok := imp.closures[from]; ok {
			return c
		}
		c := make(map[string]bool)
		imp.closures[from] = c
		for p := range imp.Imports[from] {
			c[p] = true
			for q := range closure(p) {
				c[q] = true
			}
		}
		return c
	}
	return closure(from)[to]
}

// linkedByMain reports whether an analyzed command (package main) other
// than p imports p, directly or not: p's init() then runs.
func (imp *packageImports) linkedByMain(p string) bool {
	return slices.ContainsFunc(imp.mains, func(m string) bool { return m != p && imp.reaches(m, p) })
}

// ImportsOf returns the imports of the non-test files of the models'
// packages.
func ImportsOf(models []*model.Model) *packageImports {
	imp := &packageImports{analyzed: make(map[string]bool), Imports: make(map[string]map[string]bool), importedBy: make(map[string]bool), Blank: make(map[string][]string)}
	for _, m := range models {
		if m == nil || imp.analyzed[m.Pass().Pkg.Path()] {
			continue
		}
		path := m.Pass().Pkg.Path()
		imp.analyzed[path] = true
		if m.Pass().Pkg.Name() == "main" && !strings.HasSuffix(path, ".test") {
			imp.mains = append(imp.mains, path)
		}
		imp.Imports[path] = make(map[string]bool)
		for _, f := range m.Pass().Files {
			if m.IsTestFile(f.Package) {
				continue
			}
			for _, spec := range f.Imports {
				p := model.ImportPath(spec)
				imp.Imports[path][p] = true
				imp.importedBy[p] = true
				if spec.Name != nil && spec.Name.Name == "_" {
					imp.Blank[path] = append(imp.Blank[path], p)
				}
			}
		}
	}
	return imp
}

// registrationHow says how a registration registers its adapter.
func registrationHow(m *model.Model, reg *model.Registration) string {
	if reg.List != nil {
		if model.IsKeyed(reg.Elt) {
			return "map entry"
		}
		return "list element"
	}
	if reg.Call != nil && reg.Call.Factory {
		return "factory"
	}
	switch e := ast.Unparen(reg.Expr).(type) {
	case *ast.CallExpr:
		if tv, ok := m.Pass().TypesInfo.Types[e.Fun]; ok && tv.IsType() {
			return "instance" // a conversion
		}
		return "constructor"
	case *ast.CompositeLit, *ast.UnaryExpr:
		return "instance"
	}
	return "instance"
}

// SortedMapKeys returns the keys of m, sorted.
func SortedMapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
