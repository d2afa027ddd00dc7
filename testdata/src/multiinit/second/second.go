// Package second has a second init function of codec.Codec, in a package
// that imports the first.
package second

import (
	"multiinit/codec"
	"multiinit/first"
)

// InitMore registers zstd; gzip, registered by first.InitCodecs, is not
// reported unregistered here.
//
//registrylint:init
func InitMore(r *codec.Registry) { // want `InitMore is a second init function of codec.Codec after first.InitCodecs \(multiinit/first/first.go:11\); register every adapter in one init function`
	first.InitCodecs(r)
	r.Register(codec.Zstd{})
}

// InitOthers is the init function of another registry: no finding.
//
//registrylint:init
func InitOthers(s *codec.OtherSet) {
	s.Register(codec.Plain{})
}
