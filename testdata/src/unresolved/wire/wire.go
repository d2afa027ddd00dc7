// Package wire builds the codec registry of the server.
package wire

import (
	"unresolved/codec"
	"unresolved/plugin"
)

// Options are the server's start-up options.
type Options struct {
	// Custom is a codec supplied by the embedding application.
	Custom codec.Codec
	// Plugins are shared objects with more codecs.
	Plugins []string
}

// NewRegistry registers every codec. The codecs that come from the caller
// and from plugins cannot be known statically; that must not hide that
// Zstd is not registered.
//
//registrylint:init
func NewRegistry(opts Options, fallback codec.Codec, l plugin.Loader) *codec.Registry { // want `adapter \*codec\.Zstd \(unresolved/codec/builtin\.go:21\) implements codec\.Codec but is not registered in NewRegistry; add r\.Register\(codec\.NewZstd\(\)\)`
	r := codec.NewRegistry()
	r.Register(codec.NewGzip())
	r.Register(codec.Snappy{})
	r.Register(fallback)    // want `cannot tell which adapter fallback registers`
	r.Register(opts.Custom) // want `cannot tell which adapter opts\.Custom registers`
	for _, path := range opts.Plugins {
		c, err := l.Load(path)
		if err != nil {
			continue
		}
		r.Register(c) // want `cannot tell which adapter c registers`
	}
	return r
}
