// Package tainttoleration is the TaintToleration plugin.
package tainttoleration

import (
	"context"

	"example.com/kubelike/framework"
	"example.com/kubelike/plugins/feature"
	"example.com/kubelike/plugins/names"
)

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = names.TaintToleration

// TaintToleration is a plugin.
type TaintToleration struct {
	enableQueueHint bool
}

var _ framework.Plugin = &TaintToleration{}

// Name returns the name of the plugin.
func (pl *TaintToleration) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ context.Context, _ framework.Object, _ framework.Handle, fts feature.Features) (framework.Plugin, error) {
	return &TaintToleration{enableQueueHint: fts.EnableSchedulingQueueHint}, nil
}
