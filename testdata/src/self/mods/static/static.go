package static

import "self/mods"

type Files struct{}

func (Files) ModuleID() string { return "http.handlers.file_server" }

type Files2 struct{} // want `adapter Files2 has name "http.handlers.file_server", already used by Files \(self/mods/static/static.go:5\)`

func (Files2) ModuleID() string { return "http.handlers.file_server" }

func init() {
	mods.RegisterModule(Files{})
	mods.RegisterModule(Files2{})
}
