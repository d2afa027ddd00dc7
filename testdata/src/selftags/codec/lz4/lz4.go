// Package lz4 is a codec.
package lz4

import "selftags/codec"

// Codec is the lz4 codec.
type Codec struct{}

func (Codec) Name() string { return "lz4" }

func init() { codec.Register(Codec{}) }
