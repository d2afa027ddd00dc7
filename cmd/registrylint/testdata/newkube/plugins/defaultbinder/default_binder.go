// Package defaultbinder binds pods to nodes.
package defaultbinder

import (
	"context"

	"example.com/kubelike/framework"
	"example.com/kubelike/plugins/names"
)

// Name of the plugin used in the plugin registry and configurations.
const Name = names.DefaultBinder

// DefaultBinder binds pods to nodes.
type DefaultBinder struct{}

var _ framework.Plugin = &DefaultBinder{}

// Name returns the name of the plugin.
func (b DefaultBinder) Name() string { return Name }

// New creates a DefaultBinder.
func New(_ context.Context, _ framework.Object, _ framework.Handle) (framework.Plugin, error) {
	return &DefaultBinder{}, nil
}
