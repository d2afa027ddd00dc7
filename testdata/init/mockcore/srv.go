// Package srv loads modules by ID.
package srv

// Module is a pluggable part of the server.
type Module interface {
	Module() ModuleInfo
}

// ModuleInfo describes a module.
type ModuleInfo struct {
	ID  string
	New func() Module
}

var modules = make(map[string]ModuleInfo)

// RegisterModule stores a module's information under its ID; modules
// call it from their func init().
func RegisterModule(instance Module) {
	mod := instance.Module()
	if _, ok := modules[mod.ID]; ok {
		panic("module already registered: " + mod.ID)
	}
	modules[mod.ID] = mod
}

// Modules returns how many modules are registered.
func Modules() int { return len(modules) }
