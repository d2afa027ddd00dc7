// Package registry lists the in-tree plugins.
package registry

import (
	"example.com/sched/framework"
	"example.com/sched/framework/plugins/bind"
	"example.com/sched/framework/plugins/filter"
	"example.com/sched/framework/plugins/sort"
)

// Registry maps plugin names to factories.
type Registry map[string]framework.PluginFactory

// NewInTreeRegistry returns every in-tree plugin.
func NewInTreeRegistry() Registry {
	return Registry{
		"sort":   sort.New,
		"filter": filter.New,
		"bind":   bind.New,
	}
}
