// Package json is the json codec.
package json

import "example.com/conv/codec"

// Codec is the json codec.
type Codec struct{}

// New returns the json codec.
func New() codec.Codec { return Codec{} }

func (Codec) Name() string                 { return "json" }
func (Codec) Encode(v any) ([]byte, error) { return nil, nil }
