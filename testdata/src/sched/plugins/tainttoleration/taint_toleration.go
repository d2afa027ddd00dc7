// Package tainttoleration keeps pods off nodes whose taints they do not
// tolerate.
package tainttoleration

import (
	"errors"

	"sched/framework"
)

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = "TaintToleration"

// TaintToleration is a plugin that checks if a pod tolerates a node's
// taints.
type TaintToleration struct {
	preferNoSchedule bool
}

// Name returns the name of the plugin.
func (pl *TaintToleration) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(args string) (framework.Plugin, error) {
	if args == "NoExecute" {
		return nil, errors.New("taint toleration: NoExecute is handled by the taint manager")
	}
	return &TaintToleration{preferNoSchedule: args == "PreferNoSchedule"}, nil
}
