// Package framework defines scheduler plugins and their registry.
package framework

// Plugin is the parent type of every scheduler plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// PluginFactory builds a plugin from its arguments.
type PluginFactory func(args string) (Plugin, error)

// Registry maps plugin names to their factories.
type Registry map[string]PluginFactory
