package model

import (
	"go/types"
	"path"
	"slices"
	"sort"
	"strings"
)

// Adapters that no fact declares, found from an init function's
// registrations (SPEC §2):
//
//   - A registered type is an adapter whatever its fields: one that embeds
//     the interface, or is embedded in another adapter (jwt's
//     SigningMethodRSA, a base of RSAPSS, is registered itself), was left
//     out by findAdapters in its own package, which cannot know it is
//     registered.
//   - An interface defined by its consumer is never imported by its
//     adapters (they return lower-level types): its adapters' packages
//     export no fact about it. The packages beside those of the
//     registered adapters (same parent directory: sink/kafka beside a
//     registered sink/file) that the package can see, and those that
//     the configuration's packages: names, are searched for
//     implementers.

// addRegisteredTypes adds to v the concrete types that the package's
// registrations resolve to and that v lacks: bases (their facts are in
// bases) and types their own package did not take for adapters.
func (m *Model) addRegisteredTypes(v *Visible, bases map[string]*VisibleAdapter) {
	for _, in := range m.RegistryInits {
		for _, reg := range in.Registrations {
			for _, key := range reg.Types {
				if _, ok := v.ByKey[key]; ok || IsGenericKey(key) {
					continue
				}
				obj := m.typeOfKey(key)
				if obj == nil {
					continue
				}
				if base := bases[key]; base != nil {
					a := *base
					a.Derived, a.Obj = true, obj
					v.add(&a)
					continue
				}
				if a := m.derivedAdapter(obj, reg.Registry); a != nil {
					v.add(a)
				}
			}
		}
	}
}

// addConsumerSiblings adds to v the implementers of a registry's interface
// declared in packages beside those of its registered adapters, for the
// registries whose registered adapters' packages do not import the
// interface's package: the packages the package can see (its imports,
// transitively), not itself.
func (m *Model) addConsumerSiblings(v *Visible) {
	for _, r := range m.Registries {
		dirs := m.ConsumerDirs(r)
		// The packages: search runs where its answer is used (an init
		// function, dispatch for name-switch, the interface's own
		// package for missing-init), not in every importer: that would
		// cost each package its whole import closure.
		var patterns []string
		if c := m.configFor(r.Info.Key); c != nil && (len(m.RegistryInits) > 0 || len(m.Dispatch) > 0 || r.Local) {
			patterns = c.Packages
		}
		if len(dirs) == 0 && len(patterns) == 0 {
			continue
		}
		m.ImportedPackage("") // build the index
		paths := make([]string, 0, len(m.pkgsByPath))
		for p := range m.pkgsByPath {
			if p == m.pass.Pkg.Path() {
				continue
			}
			// Beside the registered adapters, or where the
			// configuration says adapters live (packages:).
			if dirs[path.Dir(p)] || slices.ContainsFunc(patterns, func(pat string) bool { return matchPackage(pat, p) }) {
				paths = append(paths, p)
			}
		}
		sort.Strings(paths)
		for _, p := range paths {
			for _, a := range m.SiblingAdapters(m.pkgsByPath[p], r) {
				if _, ok := v.ByKey[a.Info.Type]; !ok {
					v.add(a)
				}
			}
		}
	}
}

// ConsumerDirs returns the parent directories (import paths) of the
// packages of r's adapters registered in the package's init functions
// that do not import r's package: where the adapters of an interface
// defined by its consumer live. Empty for other registries.
func (m *Model) ConsumerDirs(r *Registry) map[string]bool {
	dirs := make(map[string]bool)
	for _, in := range m.RegistryInits {
		for _, reg := range in.Registrations {
			if reg.Registry != r {
				continue
			}
			for _, key := range reg.Types {
				p, _ := splitKey(key)
				pkg := m.ImportedPackage(p)
				if pkg == nil || p == r.Obj.Pkg().Path() || imports(pkg, r.Obj.Pkg().Path()) {
					continue
				}
				dirs[path.Dir(p)] = true
			}
		}
	}
	return dirs
}

// SiblingAdapters returns the adapters of r, an interface defined by its
// consumer, that pkg declares (pkg is beside the packages of registered
// adapters): the named concrete types implementing it, not through an
// embedded adapter alone, with no field of it. A package of test doubles
// (sinktest, fake..., mock..., testing) or one that imports r's package
// (its adapters are declared by its facts) has none.
func (m *Model) SiblingAdapters(pkg *types.Package, r *Registry) []*VisibleAdapter {
	if IsTestPackage(pkg.Path()) || pkg.Path() == r.Obj.Pkg().Path() || imports(pkg, r.Obj.Pkg().Path()) {
		return nil
	}
	var out []*VisibleAdapter
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || obj.IsAlias() {
			continue
		}
		if a := m.derivedAdapter(obj, r); a != nil && !isDecorator(obj.Type().(*types.Named), r) && !promotedOnly(obj, r) {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return PosBefore(m.pass.Fset, out[i].Obj.Pos(), out[j].Obj.Pos()) })
	return out
}

// imports reports whether pkg imports the package at path directly.
func imports(pkg *types.Package, path string) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// typeOfKey returns the named type of a (non-generic) key among the
// package and its imports, or nil.
func (m *Model) typeOfKey(key string) *types.TypeName {
	p, name := splitKey(key)
	pkg := m.ImportedPackage(p)
	if pkg == nil {
		return nil
	}
	obj, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	return obj
}

// derivedAdapter returns obj as an adapter of r when it is a named,
// non-generic, concrete type whose value or pointer implements r's
// interface and the configuration does not exclude it; nil otherwise.
func (m *Model) derivedAdapter(obj *types.TypeName, r *Registry) *VisibleAdapter {
	named, ok := obj.Type().(*types.Named)
	if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) || obj.Pkg() == nil {
		return nil
	}
	if strings.HasSuffix(m.pass.Fset.Position(obj.Pos()).Filename, "_test.go") || !m.mayBeAdapter(obj, r) {
		return nil
	}
	if !types.Implements(types.NewPointer(named), r.Iface) {
		return nil
	}
	info := AdapterInfo{
		Type:        typeKeyOf(obj),
		Pointer:     !types.Implements(named, r.Iface),
		Registries:  []string{r.Info.Key},
		Posn:        m.ObjPosition(obj),
		Embeds:      embeddedTypes(named),
		Constructor: constructorIn(obj, nil),
	}
	return &VisibleAdapter{Info: info, Pkg: obj.Pkg(), Derived: true, Obj: obj}
}

// promotedOnly reports whether obj implements r's interface only through
// methods promoted from an embedded field that implements it itself: a
// conn embedding its own Config adapter is not an adapter of its own.
func promotedOnly(obj *types.TypeName, r *Registry) bool {
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok || r.Iface.NumMethods() == 0 {
		return false
	}
	ptr := types.NewPointer(obj.Type())
	for i := 0; i < r.Iface.NumMethods(); i++ {
		_, index, _ := types.LookupFieldOrMethod(ptr, true, obj.Pkg(), r.Iface.Method(i).Name())
		if len(index) == 1 {
			return false // declared on obj itself
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		t := f.Type()
		if types.Implements(t, r.Iface) || !types.IsInterface(t) && types.Implements(types.NewPointer(t), r.Iface) {
			return true
		}
	}
	return false
}

// notTestPackages are words that end in "test" and name no package of
// test helpers.
var notTestPackages = map[string]bool{"latest": true, "contest": true, "attest": true, "protest": true, "detest": true,
	"greatest": true, "fastest": true, "shortest": true, "hottest": true, "smartest": true, "strictest": true,
	"softest": true, "brightest": true, "lightest": true, "tightest": true, "quietest": true}

// IsTestPackage reports a package of test helpers by the last element of
// its path: one ending in "test" (httptest, storetest; not latest), one
// starting with "fake" or "mock", or "testing".
func IsTestPackage(pkgPath string) bool {
	last := strings.ToLower(pkgPath[strings.LastIndex(pkgPath, "/")+1:])
	switch {
	case last == "testing", strings.HasPrefix(last, "fake"), strings.HasPrefix(last, "mock"):
		return true
	}
	return strings.HasSuffix(last, "test") && !notTestPackages[last]
}

// constructorIn returns the name of a function of obj's package that ok
// accepts (nil: any), with no parameters and one result, T or *T: NewT
// preferred, then New.
func constructorIn(obj *types.TypeName, ok func(*types.Func) bool) string {
	scope := obj.Pkg().Scope()
	for _, name := range []string{"New" + obj.Name(), "New" + strings.ToUpper(obj.Name()[:1]) + obj.Name()[1:], "New"} {
		fn, isFunc := scope.Lookup(name).(*types.Func)
		if !isFunc || ok != nil && !ok(fn) {
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 0 || sig.Results().Len() != 1 || sig.TypeParams().Len() > 0 {
			continue
		}
		if key, _ := TypeKey(sig.Results().At(0).Type()); key == typeKeyOf(obj) {
			return name
		}
	}
	return ""
}
