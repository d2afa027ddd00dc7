// Package local stores blobs in a directory.
package local

import (
	"context"
	"errors"
	"io"

	"backend"
)

// Dir is a repository in a local directory.
type Dir struct {
	Path    string
	Encrypt bool
}

var _ backend.Backend = (*Dir)(nil)

func (d *Dir) Save(context.Context, string, io.Reader) error { return errors.ErrUnsupported }
func (d *Dir) Load(context.Context, string) (io.ReadCloser, error) {
	return nil, errors.ErrUnsupported
}
func (d *Dir) Remove(context.Context, string) error { return errors.ErrUnsupported }
func (d *Dir) Close() error                         { return nil }
