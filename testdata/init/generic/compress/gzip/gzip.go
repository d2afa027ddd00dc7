// Package gzip is the gzip compressor.
package gzip

import "example.com/press/compress"

// Gzip is the gzip compressor.
type Gzip struct{ level compress.Level }

// New returns the gzip compressor.
func New() *Gzip { return &Gzip{level: compress.Default} }

func (*Gzip) Name() string             { return "gzip" }
func (*Gzip) Compress(b []byte) []byte { return b }
