// Package nodename filters nodes by the name a pod asks for.
package nodename

import "sched/framework"

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = "NodeName"

// NodeName is a plugin that checks if a pod spec node name matches the
// current node.
type NodeName struct{}

var _ framework.Plugin = &NodeName{}

// Name returns the name of the plugin.
func (pl *NodeName) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ string) (framework.Plugin, error) {
	return &NodeName{}, nil
}
