// Package mods is a module registry with one init function (all.Init);
// config adapters are modules too, wrapped by RegisterAdapter.
package mods

import (
	"fmt"
	"sort"
)

// ModuleInfo describes a module.
type ModuleInfo struct{ ID string }

// Module is a module.
//
//registrylint:adapter
type Module interface {
	CaddyModule() ModuleInfo
}

// Registry holds modules by ID.
type Registry struct{ byID map[string]Module }

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{byID: make(map[string]Module)} }

// Register adds a module; a second module of one ID panics.
//
//registrylint:register
func (r *Registry) Register(m Module) {
	id := m.CaddyModule().ID
	if _, ok := r.byID[id]; ok {
		panic(fmt.Sprintf("module already registered: %s", id))
	}
	r.byID[id] = m
}

// RegisterAdapter registers a config adapter as a module, wrapped.
func (r *Registry) RegisterAdapter(name string, a Adapter) {
	r.Register(AdapterModule{name, a})
}

// IDs returns the IDs of the registered modules, sorted.
func (r *Registry) IDs() []string {
	var ids []string
	for id := range r.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Adapter turns a config format into JSON.
type Adapter interface {
	Adapt(body []byte) ([]byte, error)
}

// AdapterModule wraps a config adapter as a module, one per adapter
// name: RegisterAdapter registers it, and a zero one would be a module
// with an empty name.
type AdapterModule struct {
	Name string
	Adapter
}

func (am AdapterModule) CaddyModule() ModuleInfo {
	return ModuleInfo{ID: "caddy.adapters." + am.Name}
}
