// Package c is a plugin.
package c

import (
	"context"

	"genwrap/framework"
)

// Name is the plugin's name.
const Name = "C"

// C is a plugin.
type C struct{}

// Name returns Name.
func (*C) Name() string { return Name }

// New builds the plugin.
func New(_ context.Context, _ framework.Object, _ framework.Handle, _ framework.Features) (*C, error) {
	return &C{}, nil
}
