package caddyconfig

import "fixwrapped/caddy"

// FileLoader loads a config from a file: its registration was forgotten.
type FileLoader struct{} // want `adapter FileLoader implements caddy.Module but no init\(\) of its package registers it \(policy self\); add func init\(\) \{ caddy.RegisterModule\(FileLoader\{\}\) \}$`

func (FileLoader) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{ID: "caddy.config_loaders.file", New: func() caddy.Module { return new(FileLoader) }}
}
