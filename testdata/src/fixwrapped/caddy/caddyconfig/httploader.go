package caddyconfig

import "fixwrapped/caddy"

func init() {
	caddy.RegisterModule(HTTPLoader{})
}

// HTTPLoader loads a config over HTTP.
type HTTPLoader struct{}

func (HTTPLoader) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{ID: "caddy.config_loaders.http", New: func() caddy.Module { return new(HTTPLoader) }}
}
