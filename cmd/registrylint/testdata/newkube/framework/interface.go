// Package framework defines the scheduler's plugins (kube-scheduler-like):
// plugins are built by factories kept in a map keyed by CamelCase names
// declared in plugins/names, most of them wrapped by
// runtime.FactoryAdapter so that they see the feature gates.
package framework

import "context"

// Plugin is a scheduler plugin.
//
//registrylint:adapter
type Plugin interface {
	Name() string
}

// Object is a plugin's arguments.
type Object interface{}

// Handle gives plugins access to the scheduler.
type Handle interface{}

// PluginFactory builds a plugin.
type PluginFactory = func(ctx context.Context, args Object, h Handle) (Plugin, error)

// Registry maps plugin names to factories.
type Registry map[string]PluginFactory
