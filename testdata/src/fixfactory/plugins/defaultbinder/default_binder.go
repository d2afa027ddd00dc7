// Package defaultbinder binds pods through the API server.
package defaultbinder

import "fixfactory/framework"

// Name is the name of the plugin in the registry and in profiles.
const Name = "DefaultBinder"

// DefaultBinder is forgotten; its factory New has the registry's factory
// type, so the fix can register New itself.
type DefaultBinder struct{ async bool }

// Name returns the name of the plugin.
func (*DefaultBinder) Name() string { return Name }

// New creates a DefaultBinder.
func New(args string) (framework.Plugin, error) {
	return &DefaultBinder{async: args == "async"}, nil
}
