// Package beta is a plugin that needs the feature gates.
package beta

import "fixwrap/framework"

// Name of the plugin.
const Name = "Beta"

// Beta is a plugin.
type Beta struct{ async bool }

func (*Beta) Name() string { return Name }

// New builds Beta: it needs the feature gates, so only the wrapped
// form of the registry fits it.
func New(args string, fts framework.Features) (framework.Plugin, error) {
	return &Beta{async: fts.Async}, nil
}
