// Package backend is the storage layer of a backup tool. It stands in for
// third-party code: it carries no registrylint directives, its roles are
// declared by configuration.
package backend

import (
	"context"
	"io"
)

// Backend stores and retrieves the blobs of a repository.
type Backend interface {
	Save(ctx context.Context, name string, rd io.Reader) error
	Load(ctx context.Context, name string) (io.ReadCloser, error)
	Remove(ctx context.Context, name string) error
	Close() error
}
