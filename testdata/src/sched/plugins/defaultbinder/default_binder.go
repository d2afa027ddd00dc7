// Package defaultbinder binds pods to nodes through the API server.
package defaultbinder

import "sched/framework"

// Name of the plugin used in the plugin registry and configurations.
const Name = "DefaultBinder"

// DefaultBinder binds pods to nodes using a k8s client.
type DefaultBinder struct {
	async bool
}

// Name returns the name of the plugin.
func (b DefaultBinder) Name() string { return Name }

// New creates a DefaultBinder.
func New(args string) (framework.Plugin, error) {
	return &DefaultBinder{async: args == "async"}, nil
}
