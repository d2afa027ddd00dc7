// Package framework declares the scheduler's plugins.
package framework

// Plugin is a scheduling plugin. Extenders and preemption candidates
// implement it too, though they are no plugins.
type Plugin interface {
	Name() string
}

// PluginFactory makes a plugin.
type PluginFactory func(args string) (Plugin, error)
