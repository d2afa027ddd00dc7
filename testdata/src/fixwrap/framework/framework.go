// Package framework declares the plugins and their factories.
package framework

// Plugin is a scheduling plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// Features are feature gates.
type Features struct{ Async bool }

// PluginFactory builds a plugin.
type PluginFactory func(args string) (Plugin, error)

// PluginFactoryWithFts builds a plugin that needs the feature gates.
type PluginFactoryWithFts func(args string, fts Features) (Plugin, error)

// FactoryAdapter turns a factory that needs the feature gates into a
// PluginFactory.
func FactoryAdapter(fts Features, f PluginFactoryWithFts) PluginFactory {
	return func(args string) (Plugin, error) { return f(args, fts) }
}

// Registry maps plugin names to factories.
type Registry map[string]PluginFactory
