// Package yaml decodes yaml.
package yaml

// Codec decodes yaml.
type Codec struct{}

// Decode decodes b into v.
func (Codec) Decode(b []byte, v map[string]any) error { return nil }
