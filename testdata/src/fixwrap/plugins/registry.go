// Package plugins lists the in-tree plugins.
package plugins

import (
	"fixwrap/framework"
	"fixwrap/plugins/alpha"
	"fixwrap/plugins/beta"
	_ "fixwrap/plugins/preempt"
)

// NewInTreeRegistry builds the registry: plain factories, and factories
// that need the feature gates wrapped by FactoryAdapter.
//
//registrylint:init
func NewInTreeRegistry(fts framework.Features) framework.Registry { // want `adapter \*preempt\.Preempt \(fixwrap/plugins/preempt/preempt\.go:10\) implements framework\.Plugin but is not registered in NewInTreeRegistry; add the entry preempt\.Name: framework\.FactoryAdapter\(fts, preempt\.New\)`
	return framework.Registry{
		alpha.Name: alpha.New,
		beta.Name:  framework.FactoryAdapter(fts, beta.New),
	}
}
