// Package staticresp writes a fixed response.
package staticresp

import "example.com/caddy/v2"

func init() { caddy.RegisterModule(StaticResponse{}) }

// StaticResponse writes a fixed response.
type StaticResponse struct {
	Body string `json:"body,omitempty"`
}

// CaddyModule returns the Caddy module information.
func (StaticResponse) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.static_response",
		New: func() caddy.Module { return new(StaticResponse) },
	}
}
