// Package plugins wires the plugins in.
package plugins

import (
	"genwrap/framework"
	"genwrap/plugins/a"
	"genwrap/plugins/b"
	"genwrap/plugins/c"
)

var _ = c.Name

// pick returns its argument: what it returns cannot be known here.
func pick(f framework.PluginFactoryWithFts[framework.Plugin]) framework.PluginFactoryWithFts[framework.Plugin] {
	return f
}

// NewInTreeRegistry registers a (New returns the interface) and b (New
// returns *B: resolved through the wrapper's type argument); c is
// forgotten.
//
//registrylint:init
func NewInTreeRegistry(custom framework.PluginFactoryWithFts[framework.Plugin]) framework.Registry { // want `adapter \*c\.C \(genwrap/plugins/c/c\.go:14\) implements framework\.Plugin but is not registered in NewInTreeRegistry`
	fts := framework.Features{QueueHint: true}
	return framework.Registry{
		a.Name:   framework.FactoryAdapter(fts, a.New),
		b.Name:   framework.FactoryAdapter(fts, b.New),
		"custom": framework.FactoryAdapter(fts, pick(custom)), // want `cannot tell which adapter framework.FactoryAdapter\(fts, pick`
	}
}
