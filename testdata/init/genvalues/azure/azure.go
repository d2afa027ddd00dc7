// Package azure is the azure backend; its factory is the concrete
// instance type.
package azure

import "example.com/store/storage"

type config struct{ container string }

type client struct{}

func (*client) Close() error { return nil }

func open(config) (*client, error) { return &client{}, nil }

// NewFactory returns the azure backend's factory.
func NewFactory() storage.Factory { return storage.Typed("azure", open) }
