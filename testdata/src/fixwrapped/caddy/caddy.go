// Package caddy is a stand-in for Caddy's module registry: modules
// register themselves in their package's func init().
package caddy

import (
	"fmt"
	"sort"
)

// ModuleInfo describes a module.
type ModuleInfo struct {
	ID  string
	New func() Module
}

// Module is a Caddy module.
//
//registrylint:adapter policy=self
type Module interface {
	CaddyModule() ModuleInfo
}

var modules = map[string]ModuleInfo{}

// RegisterModule registers a module; a second module of one ID panics.
//
//registrylint:register
func RegisterModule(m Module) {
	info := m.CaddyModule()
	if _, ok := modules[info.ID]; ok {
		panic(fmt.Sprintf("module already registered: %s", info.ID))
	}
	modules[info.ID] = info
}

// Modules returns the IDs of the registered modules, sorted.
func Modules() []string {
	var ids []string
	for id := range modules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
