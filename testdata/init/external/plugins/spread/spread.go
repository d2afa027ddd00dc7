// Package spread is the spread plugin.
package spread

import "example.com/schedapi/framework"

// Name is the plugin's name.
const Name = "Spread"

// Spread is the spread plugin.
type Spread struct{ h framework.Handle }

// New returns the plugin.
func New(h framework.Handle) (framework.Plugin, error) { return &Spread{h: h}, nil }

func (*Spread) Name() string { return Name }
