// Package reg is a plugin registry with an option-style registration
// helper, as scheduler frameworks offer for out-of-tree plugins in tests.
package reg

// Plugin is a plugin.
//
//registrylint:adapter
type Plugin interface{ Name() string }

// Factory builds a plugin.
type Factory func() (Plugin, error)

// Registry maps names to factories.
type Registry map[string]Factory

// Register adds a factory.
func (r Registry) Register(name string, f Factory) { r[name] = f }

// Option changes a registry.
type Option func(Registry)

// WithPlugin returns an option that registers f under name. Its
// parameter flows into Register: it is a register function (plumbing), so
// the call inside the closure is not a registration of its own; calling
// it from tests is exempt like any test code.
func WithPlugin(name string, f Factory) Option {
	return func(r Registry) { r.Register(name, f) }
}
