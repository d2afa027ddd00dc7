package model

import (
	"go/types"
	"sort"

	"github.com/registrylint/registrylint/internal/config"
)

// exportFacts exports what other packages need of this one: its
// registries and adapters (a package fact), its init and register
// functions, and what its adapter-returning functions return.
func (m *Model) exportFacts() {
	var fact PackageFact
	for _, r := range m.Registries {
		if r.Local {
			info := r.Info
			info.HasRegister = m.registerFor[info.Key]
			fact.Registries = append(fact.Registries, info)
			m.pass.ExportObjectFact(r.Obj, &RegistryFact{Info: info})
		}
	}
	for _, a := range m.Adapters {
		fact.Adapters = append(fact.Adapters, a.Info)
	}
	for key := range m.registerFor {
		if p, _, _ := config.SplitPkgName(key); p == m.pass.Pkg.Path() || m.ownsRegisterFor(key) {
			fact.RegisterFor = append(fact.RegisterFor, key)
		}
	}
	sort.Strings(fact.RegisterFor)
	fact.Outside = m.Outside
	if len(fact.Registries)+len(fact.Adapters)+len(fact.RegisterFor)+len(fact.Outside) > 0 {
		m.pass.ExportPackageFact(&fact)
	}
	for obj, regs := range m.registers {
		f := &RegisterFact{}
		for _, r := range regs {
			f.Registries = append(f.Registries, r.Info.Key)
		}
		sort.Strings(f.Registries)
		m.pass.ExportObjectFact(obj, f)
	}
	for _, in := range m.RegistryInits {
		f := &InitFact{}
		for _, r := range in.Registries {
			f.Registries = append(f.Registries, r.Info.Key)
		}
		sort.Strings(f.Registries)
		seen := make(map[string]bool)
		for _, reg := range in.Registrations {
			for _, k := range reg.Types {
				if !seen[k] {
					seen[k] = true
					f.Registered = append(f.Registered, k)
				}
			}
		}
		sort.Strings(f.Registered)
		m.pass.ExportObjectFact(in.Obj, f)
	}
	// What the package-level variables of an adapter interface or
	// factory type hold (var Default Store = &diskStore{}), for
	// registrations of them in other packages.
	for v, values := range m.state.varValues {
		if !isPackageVar(v) || v.Pkg() != m.pass.Pkg || len(values) == 0 {
			continue
		}
		if t := v.Type(); m.registryOf(t) == nil && m.FactoryOf(t) == nil {
			continue
		}
		set := make(map[string]bool)
		unresolved := m.resolver.variable(v, m.FactoryOf(v.Type()) != nil, set, 0)
		for k := range set {
			if hasTypeParam(k) {
				delete(set, k)
				unresolved = true
			}
		}
		m.pass.ExportObjectFact(v, &ReturnsFact{Types: sortedKeys(set), Unresolved: unresolved})
	}
	for obj := range m.funcDecls {
		if !m.returnsAdapters(obj.Signature()) {
			continue
		}
		if f := m.resolver.ReturnsOf(obj, 0); len(f.Types) > 0 || f.Unresolved {
			m.pass.ExportObjectFact(obj, f)
		}
	}
}

// ownsRegisterFor reports whether a register function of this package
// registers adapters of registry key.
func (m *Model) ownsRegisterFor(key string) bool {
	for _, regs := range m.registers {
		for _, r := range regs {
			if r.Info.Key == key {
				return true
			}
		}
	}
	return false
}

// returnsAdapters reports whether a result of sig is an adapter interface
// or a factory of one.
func (m *Model) returnsAdapters(sig *types.Signature) bool {
	res := sig.Results()
	for i := 0; i < res.Len(); i++ {
		if t := res.At(i).Type(); m.registryOf(t) != nil || m.FactoryOf(t) != nil {
			return true
		}
	}
	return false
}

// ShareRegistry reports whether adapters a and b belong to a common
// registry.
func ShareRegistry(a, b AdapterInfo) bool {
	for _, r := range a.Registries {
		for _, s := range b.Registries {
			if r == s {
				return true
			}
		}
	}
	return false
}
