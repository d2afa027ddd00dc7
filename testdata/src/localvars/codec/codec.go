// Package codec is a registry of codecs.
package codec

// Codec compresses.
//
//registrylint:adapter
type Codec interface{ Name() string }

// Registry holds codecs.
type Registry struct{}

// Register adds a codec.
//
//registrylint:register
func (r *Registry) Register(c Codec) {}

// Source yields a codec known only at run time.
type Source interface{ Next() Codec }

type A struct{}

func (A) Name() string { return "a" }

type B struct{}

func (B) Name() string { return "b" }

type C struct{}

func (*C) Name() string { return "c" }

// NewC returns a C through the interface, with an error.
func NewC() (Codec, error) { return &C{}, nil }

type D struct{}

func (D) Name() string { return "d" }

type E struct{}

func (E) Name() string { return "e" }

type F struct{}

func (F) Name() string { return "f" }

// Add is a generic register function.
//
//registrylint:register
func Add[T Codec](c T) {}

type G struct{}

func (G) Name() string { return "g" }
