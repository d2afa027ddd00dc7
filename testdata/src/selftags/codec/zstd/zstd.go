// Package zstd is a codec.
package zstd

import "selftags/codec"

// Codec is the zstd codec.
type Codec struct{}

func (Codec) Name() string { return "zstd" }

func init() { codec.Register(Codec{}) }
