// Package balance is the balance plugin.
package balance

import "example.com/schedapi/framework"

// Name is the plugin's name.
const Name = "Balance"

// Balance is the balance plugin.
type Balance struct{ h framework.Handle }

// New returns the plugin.
func New(h framework.Handle) (framework.Plugin, error) { return &Balance{h: h}, nil }

func (*Balance) Name() string { return Name }
