package model

import (
	"go/types"
	"sort"
)

// Visible are the adapters that code in the package can see: those
// of every package in its import closure (through facts) and its own, minus
// bases (types embedded in another visible adapter).
type Visible struct {
	List  []*VisibleAdapter // imported ones by package path, then own ones, each in source order
	ByKey map[string]*VisibleAdapter
	Bases map[string]bool
	Names map[string]bool // constant names of all visible adapters (from name methods)
	// ByName lists the visible adapters of each constant name, in list
	// order.
	ByName map[string][]*VisibleAdapter
	// Outside maps an adapter type to where a visible package registers
	// it outside an init function.
	Outside map[string]string
	// Wrappers holds the types of Outside whose registration there is a
	// wrapper's (see OutsideRegistration.Wrapper).
	Wrappers map[string]bool
}

// VisibleAdapter is one adapter; Local is set for those of this package.
type VisibleAdapter struct {
	Info  AdapterInfo
	Local *Adapter
	Pkg   *types.Package
	// Factory, for an adapter that does not exist yet (registrylint new),
	// is the function of its package that a factory registration names.
	Factory string
	// NameConst, likewise, is the constant that will hold its name.
	NameConst string
	// Derived reports an adapter that no fact declares, found from the
	// package's registrations: a registered type that findAdapters left
	// out (a base, a type with a field of the interface), or a type
	// beside the registered ones implementing an interface its package
	// does not import (a consumer-defined interface). Obj is its type.
	Derived bool
	Obj     *types.TypeName
	// Factories, for an adapter of a package this one cannot see (the
	// whole-program fix), are the exported functions of its package that
	// return it: [Model.factoryFunc] cannot read their facts.
	Factories []*types.Func
}

// VisibleAdapters computes the visible adapters once per package, on first
// use: packages that need none (no init function, no dispatch) never pay
// for reading their imports' facts.
func (m *Model) VisibleAdapters() *Visible {
	if m.visible != nil {
		return m.visible
	}
	v := &Visible{ByKey: make(map[string]*VisibleAdapter), Bases: make(map[string]bool), Names: make(map[string]bool), ByName: make(map[string][]*VisibleAdapter), Outside: make(map[string]string), Wrappers: make(map[string]bool)}
	addOutside := func(list []OutsideRegistration) {
		for _, o := range list {
			if _, ok := v.Outside[o.Type]; !ok {
				v.Outside[o.Type] = o.Posn
				v.Wrappers[o.Type] = o.Wrapper
			}
		}
	}
	facts := m.pass.AllPackageFacts()
	sort.Slice(facts, func(i, j int) bool { return facts[i].Package.Path() < facts[j].Package.Path() })
	add := func(a *VisibleAdapter) {
		if _, dup := v.ByKey[a.Info.Type]; dup {
			return
		}
		v.List = append(v.List, a)
		v.ByKey[a.Info.Type] = a
		for _, e := range a.Info.Embeds {
			v.Bases[e] = true
		}
	}
	for _, pf := range facts {
		fact, ok := pf.Fact.(*PackageFact)
		if !ok || pf.Package == m.pass.Pkg {
			continue
		}
		for _, info := range fact.Adapters {
			add(&VisibleAdapter{Info: info, Pkg: pf.Package})
		}
		addOutside(fact.Outside)
	}
	addOutside(m.Outside)
	for _, a := range m.Adapters {
		add(&VisibleAdapter{Info: a.Info, Local: a, Pkg: m.pass.Pkg})
	}
	kept := v.List[:0]
	bases := make(map[string]*VisibleAdapter)
	for _, a := range v.List {
		if v.Bases[a.Info.Type] {
			delete(v.ByKey, a.Info.Type)
			bases[a.Info.Type] = a
			continue
		}
		kept = append(kept, a)
		if a.Info.NameKnown {
			if !a.Info.NameFromCall {
				v.Names[a.Info.Name] = true
			}
			v.ByName[a.Info.Name] = append(v.ByName[a.Info.Name], a)
		}
	}
	v.List = kept
	m.addRegisteredTypes(v, bases)
	m.addConsumerSiblings(v)
	m.visible = v
	return v
}

// add appends a derived adapter (see [VisibleAdapter.Derived]) to v.
func (v *Visible) add(a *VisibleAdapter) {
	if _, dup := v.ByKey[a.Info.Type]; dup {
		return
	}
	v.List = append(v.List, a)
	v.ByKey[a.Info.Type] = a
	if a.Info.NameKnown {
		v.Names[a.Info.Name] = true
		v.ByName[a.Info.Name] = append(v.ByName[a.Info.Name], a)
	}
}

// Of returns the visible adapters of registry key.
func (v *Visible) Of(key string) []*VisibleAdapter {
	var out []*VisibleAdapter
	for _, a := range v.List {
		for _, r := range a.Info.Registries {
			if r == key {
				out = append(out, a)
				break
			}
		}
	}
	return out
}
