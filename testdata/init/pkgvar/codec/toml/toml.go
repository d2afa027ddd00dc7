// Package toml is the toml codec.
package toml

import "example.com/conv/codec"

// Codec is the toml codec.
type Codec struct{}

// New returns the toml codec.
func New() codec.Codec { return Codec{} }

func (Codec) Name() string                 { return "toml" }
func (Codec) Encode(v any) ([]byte, error) { return nil, nil }
