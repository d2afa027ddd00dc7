// Package twobinaries builds two registries on purpose, one per binary.
package twobinaries

import "multiinit/codec"

// ServerCodecs registers every codec for the server.
//
//registrylint:init
func ServerCodecs(r *codec.Registry) {
	r.Register(codec.Gzip{})
	r.Register(codec.Zstd{})
}

// CLICodecs registers the CLI's codecs.
//
//registrylint:init
//registrylint:ignore multiple-init the CLI binary builds its own, smaller registry
func CLICodecs(r *codec.Registry) {
	r.Register(codec.Gzip{})
	r.Register(codec.Zstd{})
}
