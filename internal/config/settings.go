package config

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// settingsName stands for the file name in the errors of [DecodeSettings].
const settingsName = "registrylint settings"

// DecodeSettings decodes and validates golangci-lint's plugin settings
// (the linters.settings.custom.registrylint.settings section, as
// golangci-lint hands it over: usually a map[string]any) with the checks
// of a configuration file: the same keys, kinds and values are accepted,
// with the same messages. Each error is one line,
// "registrylint settings: key: what is wrong, what is expected", without
// a line number; an unknown key is also quoted in its message, since
// golangci-lint may have changed it (its configuration reader lowercases
// keys). nil settings are the empty configuration.
func DecodeSettings(settings any) (*Config, error) {
	node, err := settingsNode(settings)
	if err != nil {
		return nil, fmt.Errorf("%s: not representable as YAML: %v", settingsName, err)
	}
	d := newDecoder(true)
	cfg := new(Config)
	d.config(node, cfg)
	d.validate(cfg)
	if err := d.problems.err(settingsName); err != nil {
		return nil, err
	}
	return cfg, nil
}

// settingsNode returns the YAML node tree of settings, whose nodes have no
// lines. The YAML encoder panics on values YAML cannot hold (functions,
// channels): that is an error too.
func settingsNode(settings any) (node *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	node = new(yaml.Node)
	if err := node.Encode(settings); err != nil {
		return nil, err
	}
	return node, nil
}
