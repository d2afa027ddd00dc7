// Package imagelocality favours nodes that already have a pod's images.
package imagelocality

import "sched/framework"

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = "ImageLocality"

// ImageLocality is a score plugin that favors nodes that already have the
// requested pod's container images.
type ImageLocality struct{}

// Name returns the name of the plugin.
func (*ImageLocality) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ string) (framework.Plugin, error) {
	return &ImageLocality{}, nil
}
