package wire

import (
	"dispatch/codec"
	"dispatch/codec/gz"
	"dispatch/codec/zs"
)

// Init registers every codec; switches and lists here are the registry.
//
//registrylint:init
func Init(fast bool) {
	codec.Register(codec.Raw{})
	codec.Register(gz.New())
	for _, c := range []codec.Codec{zs.New()} {
		codec.Register(c)
	}
	switch "x" {
	case "gzip":
	}
}
