// Package plugin loads codecs from shared objects at run time.
package plugin

import "unresolved/codec"

// Loader opens a codec plugin. Which codec it returns is only known at run
// time.
type Loader interface {
	Load(path string) (codec.Codec, error)
}
