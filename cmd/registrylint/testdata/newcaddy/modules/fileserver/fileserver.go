// Package fileserver serves files.
package fileserver

import "example.com/caddy/v2"

func init() { caddy.RegisterModule(FileServer{}) }

// FileServer serves static files.
type FileServer struct {
	Root string `json:"root,omitempty"`
}

// CaddyModule returns the Caddy module information.
func (FileServer) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.file_server",
		New: func() caddy.Module { return new(FileServer) },
	}
}
