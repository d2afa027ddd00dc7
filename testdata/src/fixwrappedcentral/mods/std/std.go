// Package std holds the standard modules and the JSON config adapter.
package std

import "fixwrappedcentral/mods"

// HTTP is the HTTP app.
type HTTP struct{}

func (HTTP) CaddyModule() mods.ModuleInfo { return mods.ModuleInfo{ID: "http"} }

// File is the file server: its registration was forgotten.
type File struct{}

func (File) CaddyModule() mods.ModuleInfo { return mods.ModuleInfo{ID: "http.handlers.file_server"} }

// JSON adapts JSON (to itself).
type JSON struct{}

func (JSON) Adapt(body []byte) ([]byte, error) { return body, nil }
