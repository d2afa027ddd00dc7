// Package runtime runs the plugins.
package runtime

import "example.com/schedapi/framework"

// PluginFactory makes a plugin.
type PluginFactory = func(h framework.Handle) (framework.Plugin, error)

// Registry maps plugin names to their factories.
type Registry map[string]PluginFactory
