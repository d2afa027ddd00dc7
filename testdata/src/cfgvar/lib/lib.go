// Package lib declares codecs without directives: a configuration names
// its roles.
package lib

// Codec encodes values.
type Codec interface{ Name() string }

// JSON is a codec.
type JSON struct{}

func (JSON) Name() string { return "json" }

// XML is a codec, forgotten.
type XML struct{}

func (XML) Name() string { return "xml" }
