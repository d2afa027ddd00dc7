// Package proxy is the proxy module.
package proxy

import srv "example.com/srv"

func init() { srv.RegisterModule(Proxy{}) }

// Proxy is the reverse proxy; the aggregator's blank import of it was forgotten.
type Proxy struct{}

// Module returns the module's information.
func (Proxy) Module() srv.ModuleInfo {
	return srv.ModuleInfo{ID: "http.handlers.reverse_proxy", New: func() srv.Module { return new(Proxy) }}
}
