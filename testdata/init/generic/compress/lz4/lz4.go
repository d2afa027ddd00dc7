// Package lz4 is the lz4 compressor.
package lz4

import "example.com/press/compress"

// Lz4 is the lz4 compressor.
type Lz4 struct{ level compress.Level }

// New returns the lz4 compressor.
func New() *Lz4 { return &Lz4{level: compress.Default} }

func (*Lz4) Name() string             { return "lz4" }
func (*Lz4) Compress(b []byte) []byte { return b }
