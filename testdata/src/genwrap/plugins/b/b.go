// Package b is a plugin.
package b

import (
	"context"

	"genwrap/framework"
)

// Name is the plugin's name.
const Name = "B"

// B is a plugin.
type B struct{}

// Name returns Name.
func (*B) Name() string { return Name }

// New builds the plugin.
func New(_ context.Context, _ framework.Object, _ framework.Handle, _ framework.Features) (*B, error) {
	return &B{}, nil
}
