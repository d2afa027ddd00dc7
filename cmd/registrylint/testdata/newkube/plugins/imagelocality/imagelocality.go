// Package imagelocality is the ImageLocality plugin.
package imagelocality

import (
	"context"

	"example.com/kubelike/framework"
	"example.com/kubelike/plugins/feature"
	"example.com/kubelike/plugins/names"
)

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = names.ImageLocality

// ImageLocality is a plugin.
type ImageLocality struct {
	enableQueueHint bool
}

var _ framework.Plugin = &ImageLocality{}

// Name returns the name of the plugin.
func (pl *ImageLocality) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ context.Context, _ framework.Object, _ framework.Handle, fts feature.Features) (framework.Plugin, error) {
	return &ImageLocality{enableQueueHint: fts.EnableSchedulingQueueHint}, nil
}
