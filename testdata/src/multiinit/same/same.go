// Package same declares two init functions of one registry.
package same

import "multiinit/codec"

// SetupA registers gzip and zstd.
//
//registrylint:init
func SetupA(r *codec.Registry) {
	r.Register(codec.Gzip{})
	r.Register(codec.Zstd{})
}

// SetupB registers them again.
//
//registrylint:init
func SetupB(r *codec.Registry) { // want `SetupB is a second init function of codec.Codec after SetupA \(multiinit/same/same.go:9\)`
	r.Register(codec.Gzip{})
}
