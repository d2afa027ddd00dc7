// Package app wires the compressors.
package app

import (
	"example.com/press/compress"
	"example.com/press/compress/gzip"
	"example.com/press/compress/lz4"
	"example.com/press/compress/zstd"
	"example.com/press/registry"
)

// Compressors registers every compressor in a registry of the generic
// type instantiated with the interface. lz4 was forgotten.
func Compressors() *registry.Registry[compress.Compressor] {
	r := registry.New[compress.Compressor]()
	r.Register("gzip", gzip.New())
	r.Register("zstd", &zstd.Zstd{})
	return r
}

// Fastest names the fastest compressor.
func Fastest() string { return lz4.New().Name() }
