// Package plugins knows the in-tree plugins.
package plugins

import (
	"example.com/sched/plugins/balance"
	"example.com/sched/plugins/fit"
	"example.com/sched/runtime"
)

// NewInTreeRegistry returns the factories of every in-tree plugin;
// spread was forgotten.
func NewInTreeRegistry() runtime.Registry {
	return runtime.Registry{
		fit.Name:     fit.New,
		balance.Name: balance.New,
	}
}
