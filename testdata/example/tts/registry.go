package tts

import (
	"fmt"
	"slices"
	"sync"
)

// Registry holds adapters by name and remembers the active one.
type Registry struct {
	mu       sync.RWMutex
	adapters map[string]Adapter
	active   string
	clashes  []string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{adapters: make(map[string]Adapter)}
}

// Register adds a. When the name is taken, the first adapter is kept and
// the clash is recorded (see Clashes) instead of replacing it silently.
//
//registrylint:register
func (r *Registry) Register(a Adapter) {
	r.mu.Lock()
	defer r.mu.Unlock()
	name := a.Name()
	if prev, ok := r.adapters[name]; ok {
		r.clashes = append(r.clashes, fmt.Sprintf("%T claims name %q, already taken by %T; kept the first", a, name, prev))
		return
	}
	r.adapters[name] = a
}

// Clashes describes the registrations that Register refused.
func (r *Registry) Clashes() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.clashes)
}

// Get returns the adapter registered under name.
func (r *Registry) Get(name string) (Adapter, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	a, ok := r.adapters[name]
	return a, ok
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.adapters))
	for name := range r.adapters {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// SetActive selects the adapter that Active returns.
func (r *Registry) SetActive(name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.adapters[name]; !ok {
		return fmt.Errorf("tts: no adapter named %q", name)
	}
	r.active = name
	return nil
}

// Active returns the selected adapter, or nil before SetActive.
func (r *Registry) Active() Adapter {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.adapters[r.active]
}

var defaultRegistry = NewRegistry()

// Default returns the process-wide registry that Register fills.
func Default() *Registry { return defaultRegistry }

// Register adds a to the Default registry. It exists for adapters that
// register themselves from an init function; forwarding to the method is
// plumbing, not a registration.
//
//registrylint:register
func Register(a Adapter) { Default().Register(a) }
