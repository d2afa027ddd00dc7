// Package codec declares a registry with two adapters.
package codec

// Codec compresses bytes.
//
//registrylint:adapter
type Codec interface{ Name() string }

// Registry holds codecs.
type Registry struct{ all []Codec }

// Register adds a codec.
func (r *Registry) Register(c Codec) { r.all = append(r.all, c) }

// Gzip is one codec.
type Gzip struct{}

func (Gzip) Name() string { return "gzip" }

// Zstd is another.
type Zstd struct{}

func (Zstd) Name() string { return "zstd" }

// Other is a second, unrelated registry.
//
//registrylint:adapter
type Other interface{ Kind() string }

// OtherSet holds Others.
type OtherSet struct{ all []Other }

// Register adds one.
func (s *OtherSet) Register(o Other) { s.all = append(s.all, o) }

// Plain is an Other.
type Plain struct{}

func (Plain) Kind() string { return "plain" }
