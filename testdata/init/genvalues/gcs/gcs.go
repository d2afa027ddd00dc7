// Package gcs is the gcs backend.
package gcs

import "example.com/store/storage"

type config struct{ bucket string }

type client struct{}

func (*client) Close() error { return nil }

func open(config) (*client, error) { return &client{}, nil }

// NewFactory returns the gcs backend's factory.
func NewFactory() storage.Factory { return storage.NewFactory[config, *client]("gcs", open) }
