// Package plugins wires the in-tree plugins into the scheduler.
package plugins

import (
	"sched/framework"
	"sched/plugins/feature"
	"sched/plugins/imagelocality"
	"sched/plugins/nodename"
	"sched/plugins/tainttoleration"
	"sched/plugins/volumebinding"
)

// NewInTreeRegistry builds the registry for in-tree plugins. Out-of-tree
// plugins are merged into it by the scheduler command.
//
//registrylint:init
func NewInTreeRegistry() framework.Registry { // want `adapter defaultbinder\.DefaultBinder \(sched/plugins/defaultbinder/default_binder\.go:10\) implements framework\.Plugin but is not registered in NewInTreeRegistry; add the entry defaultbinder\.Name: defaultbinder\.New`
	fts := feature.Features{
		EnableVolumeAttributesClass: true,
		EnableSchedulingQueueHint:   false,
	}

	registry := framework.Registry{
		nodename.Name:        nodename.New,
		tainttoleration.Name: tainttoleration.New,
		volumebinding.Name:   framework.FactoryAdapter(fts, volumebinding.New),
		imagelocality.Name:   imagelocality.New,
		// Kept for profiles written before the rename.
		"ImageLocalityScore": framework.FactoryAdapter(fts, imagelocality.New), // want `adapter \*?imagelocality\.ImageLocality is already registered in NewInTreeRegistry \(line 27\); delete this registration`
	}
	return registry
}
