// Package all registers every backend.
package all

import (
	"example.com/store/azure"
	"example.com/store/gcs"
	"example.com/store/s3"
	"example.com/store/storage"
)

// Backends registers every backend: values of one generic factory type,
// instantiated per backend; s3 is registered a second time.
func Backends() *storage.Registry {
	r := &storage.Registry{}
	r.Register(s3.NewFactory())
	r.Register(gcs.NewFactory())
	r.Register(azure.NewFactory())
	r.Register(s3.NewFactory())
	return r
}
