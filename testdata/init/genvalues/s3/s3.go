// Package s3 is the s3 backend.
package s3

import "example.com/store/storage"

type config struct{ bucket string }

type client struct{}

func (*client) Close() error { return nil }

func open(config) (*client, error) { return &client{}, nil }

// NewFactory returns the s3 backend's factory.
func NewFactory() storage.Factory { return storage.NewFactory[config, *client]("s3", open) }
