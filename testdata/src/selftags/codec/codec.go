// Package codec is a registry whose codecs register themselves; the
// package that links them all in, codec/all, builds only with the tag
// allcodecs.
package codec

// Codec compresses.
//
//registrylint:adapter policy=self
type Codec interface{ Name() string }

// Register makes a codec available.
func Register(c Codec) {}
