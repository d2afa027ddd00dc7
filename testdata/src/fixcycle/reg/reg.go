// Package reg is a plugin registry; its init function is in reg/all,
// which some plugin packages import (for its version).
package reg

import (
	"fmt"
	"sort"
)

// Plugin is a plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// Registry holds plugins by name.
type Registry struct{ byName map[string]Plugin }

// New returns an empty registry.
func New() *Registry { return &Registry{byName: make(map[string]Plugin)} }

// Register adds a plugin; a second one of one name panics.
func (r *Registry) Register(p Plugin) {
	if _, ok := r.byName[p.Name()]; ok {
		panic(fmt.Sprintf("plugin %s registered twice", p.Name()))
	}
	r.byName[p.Name()] = p
}

// Names returns the registered plugins' names, sorted.
func (r *Registry) Names() []string {
	var names []string
	for name := range r.byName {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
