// Package xml offers its encoder as a package-level variable.
package xml

import "example.com/enc/enc"

type encoder struct{ indent bool }

func (*encoder) Name() string                 { return "xml" }
func (*encoder) Encode(v any) ([]byte, error) { return nil, nil }

func newEncoder() enc.Encoder { return &encoder{indent: true} }

// Encoder is the xml encoder, initialized by a constructor.
var Encoder = newEncoder()
