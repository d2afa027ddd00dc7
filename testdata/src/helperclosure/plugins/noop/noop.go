// Package noop is a plugin.
package noop

import "helperclosure/reg"

// Noop does nothing.
type Noop struct{}

func (Noop) Name() string { return "noop" }

// New builds a Noop.
func New() (reg.Plugin, error) { return Noop{}, nil }
