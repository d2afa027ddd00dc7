// Package logging is the logging module.
package logging

import srv "example.com/srv"

func init() { srv.RegisterModule(MockCore{}) }

// MockCore is a production logging module that discards entries, whatever its name says.
type MockCore struct{}

// Module returns the module's information.
func (MockCore) Module() srv.ModuleInfo {
	return srv.ModuleInfo{ID: "caddy.logging.encoders.mock", New: func() srv.Module { return new(MockCore) }}
}
