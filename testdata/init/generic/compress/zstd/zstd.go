// Package zstd is the zstd compressor.
package zstd

import "example.com/press/compress"

// Zstd is the zstd compressor.
type Zstd struct{ level compress.Level }

// New returns the zstd compressor.
func New() *Zstd { return &Zstd{level: compress.Default} }

func (*Zstd) Name() string             { return "zstd" }
func (*Zstd) Compress(b []byte) []byte { return b }
