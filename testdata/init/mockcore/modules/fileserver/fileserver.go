// Package fileserver is the fileserver module.
package fileserver

import srv "example.com/srv"

func init() { srv.RegisterModule(FileServer{}) }

// FileServer is the static file server.
type FileServer struct{}

// Module returns the module's information.
func (FileServer) Module() srv.ModuleInfo {
	return srv.ModuleInfo{ID: "http.handlers.file_server", New: func() srv.Module { return new(FileServer) }}
}
