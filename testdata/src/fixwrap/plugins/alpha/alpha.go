// Package alpha is a plugin built without feature gates.
package alpha

import "fixwrap/framework"

// Name of the plugin.
const Name = "Alpha"

// Alpha is a plugin.
type Alpha struct{}

func (*Alpha) Name() string { return Name }

// New builds Alpha.
func New(args string) (framework.Plugin, error) { return &Alpha{}, nil }
