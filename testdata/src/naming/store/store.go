// Package store is a registry of storage backends.
package store

import "fmt"

// Store is a storage backend.
//
//registrylint:adapter
type Store interface {
	Name() string
	Get(key string) ([]byte, error)
}

// Registry keeps stores.
type Registry struct{}

// Register adds a store.
//
//registrylint:register
func (r *Registry) Register(s Store) {}

// Prefix is a named constant.
const Prefix = "st-"

type kind string

// Base gives adapters a Get; it is embedded, so not an adapter, and its
// dynamic name is not reported.
type Base struct{ name string }

func (b Base) Name() string             { return b.name }
func (Base) Get(string) ([]byte, error) { return nil, nil }

// Lit returns a literal.
type Lit struct{ Base }

func (Lit) Name() string { return "lit" }

// Const returns a constant expression of named constants and a conversion.
type Const struct{ Base }

func (Const) Name() string { return string(kind(Prefix + "const")) }

// Field returns a field.
type Field struct {
	Base
	n string
}

func (f Field) Name() string { return f.n } // want `name method Name of adapter Field returns f.n, which is not a constant; return one constant string so the adapter's name is fixed`

// Sprintf builds its name.
type Sprintf struct{ Base }

func (Sprintf) Name() string { return fmt.Sprintf("%s", "x") } // want `name method Name of adapter Sprintf returns fmt.Sprintf`

// Two returns two constants.
type Two struct {
	Base
	fast bool
}

func (t Two) Name() string { // want `name method Name of adapter Two returns two different constants, "two" and "deux"`
	if t.fast {
		return "two"
	}
	return "deux"
}

// Same returns the same constant twice: fine.
type Same struct {
	Base
	fast bool
}

func (s Same) Name() string {
	if s.fast {
		return "same"
	}
	return "sa" + "me"
}

// Again claims Lit's name in the same package and is not registered:
// reported at the type by the whole-program check (TestWholeProgramNames).
type Again struct{ Base }

func (Again) Name() string { return "lit" }

// Wrap decorates a store: not an adapter, its dynamic name is fine.
type Wrap struct {
	Base
	inner Store
}

func (w Wrap) Name() string { return w.inner.Name() }
