// Package fit is the fit plugin.
package fit

import "example.com/schedapi/framework"

// Name is the plugin's name.
const Name = "Fit"

// Fit is the fit plugin.
type Fit struct{ h framework.Handle }

// New returns the plugin.
func New(h framework.Handle) (framework.Plugin, error) { return &Fit{h: h}, nil }

func (*Fit) Name() string { return Name }
