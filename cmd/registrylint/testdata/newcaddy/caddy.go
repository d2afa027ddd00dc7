// Package caddy is a Caddy-like module registry: each module registers
// itself in its package's func init(), and the registry validates the
// module's metadata at registration, so a module with a zero ModuleInfo
// panics at init.
package caddy

import (
	"fmt"
	"sort"
	"strings"
)

// Module is a module of the server.
//
//registrylint:adapter policy=self
type Module interface {
	CaddyModule() ModuleInfo
}

// ModuleInfo describes a module.
type ModuleInfo struct {
	ID  string        // dotted: namespace.name
	New func() Module // returns a new, empty instance
}

var modules = map[string]ModuleInfo{}

// RegisterModule registers a module; it panics on a missing ID or New, or
// an ID registered before.
//
//registrylint:register
func RegisterModule(instance Module) {
	mod := instance.CaddyModule()
	if mod.ID == "" {
		panic("module ID missing")
	}
	if mod.New == nil {
		panic(fmt.Sprintf("module %s: New missing", mod.ID))
	}
	if strings.HasPrefix(mod.ID, ".") || strings.HasSuffix(mod.ID, ".") {
		panic(fmt.Sprintf("module %s: malformed ID", mod.ID))
	}
	if _, ok := modules[mod.ID]; ok {
		panic(fmt.Sprintf("module already registered: %s", mod.ID))
	}
	if mod.New() == nil {
		panic(fmt.Sprintf("module %s: New returned nil", mod.ID))
	}
	modules[mod.ID] = mod
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
