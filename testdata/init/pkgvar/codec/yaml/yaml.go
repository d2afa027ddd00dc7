// Package yaml is the yaml codec.
package yaml

import "example.com/conv/codec"

// Codec is the yaml codec.
type Codec struct{}

// New returns the yaml codec.
func New() codec.Codec { return Codec{} }

func (Codec) Name() string                 { return "yaml" }
func (Codec) Encode(v any) ([]byte, error) { return nil, nil }
