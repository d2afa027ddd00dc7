// Package json offers its encoder as a package-level variable.
package json

import "example.com/enc/enc"

type encoder struct{}

func (*encoder) Name() string                 { return "json" }
func (*encoder) Encode(v any) ([]byte, error) { return nil, nil }

// Encoder is the json encoder, initialized with a composite literal.
var Encoder enc.Encoder = &encoder{}
