// Package framework defines the extension points of the scheduler and the
// registry through which plugins are built by name.
package framework

import "fmt"

// Plugin is the parent type of every scheduler plugin.
//
//registrylint:adapter
type Plugin interface {
	// Name returns the name the plugin is enabled by in a profile.
	Name() string
}

// PluginFactory builds a plugin from its (already decoded) arguments.
type PluginFactory func(args string) (Plugin, error)

// Registry maps plugin names to their factories.
type Registry map[string]PluginFactory

// Register adds a factory; it fails when the name is taken.
func (r Registry) Register(name string, factory PluginFactory) error {
	if _, ok := r[name]; ok {
		return fmt.Errorf("a plugin named %q already exists", name)
	}
	r[name] = factory
	return nil
}

// Merge adds every factory of in; forwarding to Register is plumbing, not a
// registration.
func (r Registry) Merge(in Registry) error {
	for name, factory := range in {
		if err := r.Register(name, factory); err != nil {
			return err
		}
	}
	return nil
}
