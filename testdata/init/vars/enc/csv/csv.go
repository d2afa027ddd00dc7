// Package csv offers its encoder as a package-level variable; its
// registration was forgotten.
package csv

import "example.com/enc/enc"

// Encoder is the csv encoder.
type Encoder struct{}

func (Encoder) Name() string                 { return "csv" }
func (Encoder) Encode(v any) ([]byte, error) { return nil, nil }

// Default is the csv encoder.
var Default enc.Encoder = Encoder{}
