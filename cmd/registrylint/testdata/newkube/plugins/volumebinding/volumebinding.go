// Package volumebinding is the VolumeBinding plugin.
package volumebinding

import (
	"context"

	"example.com/kubelike/framework"
	"example.com/kubelike/plugins/feature"
	"example.com/kubelike/plugins/names"
)

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = names.VolumeBinding

// VolumeBinding is a plugin.
type VolumeBinding struct {
	enableQueueHint bool
}

var _ framework.Plugin = &VolumeBinding{}

// Name returns the name of the plugin.
func (pl *VolumeBinding) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ context.Context, _ framework.Object, _ framework.Handle, fts feature.Features) (framework.Plugin, error) {
	return &VolumeBinding{enableQueueHint: fts.EnableSchedulingQueueHint}, nil
}
