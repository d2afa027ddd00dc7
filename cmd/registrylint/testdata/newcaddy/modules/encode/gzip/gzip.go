// Package gzip is the gzip encoder.
package gzip

import "example.com/caddy/v2"

func init() { caddy.RegisterModule(Gzip{}) }

// Gzip compresses responses.
type Gzip struct {
	Level int `json:"level,omitempty"`
}

// CaddyModule returns the Caddy module information.
func (Gzip) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.encoders.gzip",
		New: func() caddy.Module { return new(Gzip) },
	}
}
