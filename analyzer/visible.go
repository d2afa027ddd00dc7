package analyzer

import (
	"go/types"
	"sort"
)

// visibleAdapters are the adapters that code in the package can see: those
// of every package in its import closure (through facts) and its own, minus
// bases (types embedded in another visible adapter).
type visibleAdapters struct {
	list  []*visibleAdapter // imported ones by package path, then own ones, each in source order
	byKey map[string]*visibleAdapter
	bases map[string]bool
	names map[string]bool // constant names of all visible adapters (from name methods)
	// byName lists the visible adapters of each constant name, in list
	// order.
	byName map[string][]*visibleAdapter
	// outside maps an adapter type to where a visible package registers
	// it outside an init function.
	outside map[string]string
}

// visibleAdapter is one adapter; Local is set for those of this package.
type visibleAdapter struct {
	Info  AdapterInfo
	Local *Adapter
	Pkg   *types.Package
	// factory, for an adapter that does not exist yet (registrylint new),
	// is the function of its package that a factory registration names.
	factory string
	// nameConst, likewise, is the constant that will hold its name.
	nameConst string
	// factories, for an adapter of a package this one cannot see (the
	// whole-program fix), are the exported functions of its package that
	// return it: [Model.factoryFunc] cannot read their facts.
	factories []*types.Func
}

// visibleAdapters computes the visible adapters once per package, on first
// use: packages that need none (no init function, no dispatch) never pay
// for reading their imports' facts.
func (m *Model) visibleAdapters() *visibleAdapters {
	if m.visible != nil {
		return m.visible
	}
	v := &visibleAdapters{byKey: make(map[string]*visibleAdapter), bases: make(map[string]bool), names: make(map[string]bool), byName: make(map[string][]*visibleAdapter), outside: make(map[string]string)}
	addOutside := func(list []OutsideRegistration) {
		for _, o := range list {
			if _, ok := v.outside[o.Type]; !ok {
				v.outside[o.Type] = o.Posn
			}
		}
	}
	facts := m.pass.AllPackageFacts()
	sort.Slice(facts, func(i, j int) bool { return facts[i].Package.Path() < facts[j].Package.Path() })
	add := func(a *visibleAdapter) {
		if _, dup := v.byKey[a.Info.Type]; dup {
			return
		}
		v.list = append(v.list, a)
		v.byKey[a.Info.Type] = a
		for _, e := range a.Info.Embeds {
			v.bases[e] = true
		}
	}
	for _, pf := range facts {
		fact, ok := pf.Fact.(*PackageFact)
		if !ok || pf.Package == m.pass.Pkg {
			continue
		}
		for _, info := range fact.Adapters {
			add(&visibleAdapter{Info: info, Pkg: pf.Package})
		}
		addOutside(fact.Outside)
	}
	addOutside(m.Outside)
	for _, a := range m.Adapters {
		add(&visibleAdapter{Info: a.Info, Local: a, Pkg: m.pass.Pkg})
	}
	kept := v.list[:0]
	for _, a := range v.list {
		if v.bases[a.Info.Type] {
			delete(v.byKey, a.Info.Type)
			continue
		}
		kept = append(kept, a)
		if a.Info.NameKnown {
			if !a.Info.NameFromCall {
				v.names[a.Info.Name] = true
			}
			v.byName[a.Info.Name] = append(v.byName[a.Info.Name], a)
		}
	}
	v.list = kept
	m.visible = v
	return v
}

// of returns the visible adapters of registry key.
func (v *visibleAdapters) of(key string) []*visibleAdapter {
	var out []*visibleAdapter
	for _, a := range v.list {
		for _, r := range a.Info.Registries {
			if r == key {
				out = append(out, a)
				break
			}
		}
	}
	return out
}
