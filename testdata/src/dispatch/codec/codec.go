// Package codec is a registry of compression codecs.
package codec

import "errors"

// Codec compresses.
//
//registrylint:adapter
type Codec interface {
	Name() string
	Compress([]byte) []byte
}

// Register adds a codec (found by name: no register directive).
func Register(c Codec) {}

// Get looks a codec up by name.
func Get(name string) Codec { return nil }

// Raw is in the registry's own package.
type Raw struct{}

func (Raw) Name() string             { return "raw" }
func (Raw) Compress(b []byte) []byte { return b }

// ErrUnknown is returned for unknown codecs.
var ErrUnknown = errors.New("unknown codec")
