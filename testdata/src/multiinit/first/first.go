// Package first has the first init function of codec.Codec.
package first

import "multiinit/codec"

// InitCodecs registers gzip. It cannot see the second init function, in a
// package that imports this one, so it reports zstd too: multiple-init
// at the second one says to merge them.
//
//registrylint:init
func InitCodecs(r *codec.Registry) { // want `adapter codec.Zstd \(multiinit/codec/codec.go:21\) implements codec.Codec but is not registered in InitCodecs`
	r.Register(codec.Gzip{})
}
