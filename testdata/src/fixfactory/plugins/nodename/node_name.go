// Package nodename filters nodes by name.
package nodename

import "fixfactory/framework"

// Name is the name of the plugin in the registry and in profiles.
const Name = "NodeName"

// NodeName is registered.
type NodeName struct{}

// Name returns the name of the plugin.
func (*NodeName) Name() string { return Name }

// New initializes a new plugin and returns it.
func New(_ string) (framework.Plugin, error) { return &NodeName{}, nil }
