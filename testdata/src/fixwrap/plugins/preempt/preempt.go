// Package preempt is a plugin that needs the feature gates.
package preempt

import "fixwrap/framework"

// Name of the plugin.
const Name = "Preempt"

// Preempt is a plugin.
type Preempt struct{ async bool }

func (*Preempt) Name() string { return Name }

// New builds Preempt: it needs the feature gates, so only the wrapped
// form of the registry fits it.
func New(args string, fts framework.Features) (framework.Plugin, error) {
	return &Preempt{async: fts.Async}, nil
}
