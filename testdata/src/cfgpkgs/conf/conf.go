// Package conf reads configuration files through codecs it defines and
// its codecs never import (viper's shape): the configuration says where
// they live (packages:).
package conf

import (
	"cfgpkgs/conf/encoding/json"
	"cfgpkgs/conf/encoding/yaml"
)

// Codec decodes one format.
type Codec interface {
	Decode(b []byte, v map[string]any) error
}

// Registry maps formats to codecs.
type Registry struct{ codecs map[string]Codec }

// RegisterCodec adds a codec.
func (r *Registry) RegisterCodec(format string, c Codec) { r.codecs[format] = c }

func (r *Registry) codec(format string) Codec {
	if c, ok := r.codecs[format]; ok {
		return c
	}
	switch format { // want `switch that constructs different adapters \(json.Codec, yaml.Codec\) is a second list of adapters`
	case "yaml":
		return yaml.Codec{}
	case "json":
		return json.Codec{}
	}
	return nil
}
