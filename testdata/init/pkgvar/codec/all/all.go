// Package all knows every codec.
package all

import (
	"example.com/conv/codec"
	"example.com/conv/codec/json"
	"example.com/conv/codec/yaml"
)

// codecs is the table of every codec: a package-level variable holding
// the list. toml was forgotten.
var codecs = map[string]func() codec.Codec{
	"json": json.New,
	"yaml": func() codec.Codec { return &yaml.Codec{} },
}

// Get returns the codec of name, or nil.
func Get(name string) codec.Codec {
	if f := codecs[name]; f != nil {
		return f()
	}
	return nil
}
