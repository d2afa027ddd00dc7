// Package a is a plugin.
package a

import (
	"context"

	"genwrap/framework"
)

// Name is the plugin's name.
const Name = "A"

// A is a plugin.
type A struct{}

// Name returns Name.
func (*A) Name() string { return Name }

// New builds the plugin.
func New(_ context.Context, _ framework.Object, _ framework.Handle, _ framework.Features) (framework.Plugin, error) {
	return &A{}, nil
}
