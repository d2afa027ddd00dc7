// Package lib stands in for third-party code: no directives anywhere.
package lib

// Plugin is a plugin.
type Plugin interface{ Name() string }

// Set holds plugins.
type Set struct{}

// Add adds a plugin.
func (s *Set) Add(p Plugin) {}
