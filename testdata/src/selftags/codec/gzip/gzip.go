// Package gzip is a codec.
package gzip

import "selftags/codec"

// Codec is the gzip codec.
type Codec struct{}

func (Codec) Name() string { return "gzip" }

func init() { codec.Register(Codec{}) }
