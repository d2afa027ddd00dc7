// Package caddyconfig is Caddy's config adapter registry: each adapter is
// also a module, registered by RegisterAdapter through a wrapper type.
package caddyconfig

import (
	"fmt"

	"fixwrapped/caddy"
)

// Adapter turns a config format into JSON.
type Adapter interface {
	Adapt(body []byte) ([]byte, error)
}

var configAdapters = map[string]Adapter{}

// RegisterAdapter registers a config adapter, and a module that wraps it.
func RegisterAdapter(name string, adapter Adapter) {
	if _, ok := configAdapters[name]; ok {
		panic(fmt.Errorf("%s: already registered", name))
	}
	configAdapters[name] = adapter
	caddy.RegisterModule(adapterModule{name, adapter}) // want `caddy.RegisterModule registers a caddy.Module outside func init\(\) \(policy self\)`
}

// adapterModule is a wrapper type that can be loaded as a module: one is
// registered per adapter name, by RegisterAdapter. A zero one would be a
// module with an empty name.
type adapterModule struct { // want `adapter adapterModule implements caddy.Module but no init\(\) of its package registers it \(policy self\); .*\(no automatic fix: registered at fixwrapped/caddy/caddyconfig/configadapters.go:24\)$`
	name string
	Adapter
}

func (am adapterModule) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "caddy.adapters." + am.name,
		New: func() caddy.Module { return am },
	}
}
