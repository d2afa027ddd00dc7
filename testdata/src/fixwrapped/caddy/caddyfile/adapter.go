// Package caddyfile is the Caddyfile config adapter.
package caddyfile

import "fixwrapped/caddy/caddyconfig"

func init() {
	caddyconfig.RegisterAdapter("caddyfile", Adapter{})
}

// Adapter adapts a Caddyfile to JSON.
type Adapter struct{}

func (Adapter) Adapt(body []byte) ([]byte, error) { return body, nil }
