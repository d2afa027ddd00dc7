// Package all registers every backend.
package all

import (
	"genfactory/azure"
	"genfactory/gcs"
	"genfactory/s3"
	"genfactory/storage"
)

// Backends registers every backend: three instances of one generic type,
// all different, and s3 a second time.
//
//registrylint:init
func Backends() *storage.Registry { // want `adapter \*storage.Memory \(genfactory/storage/memory.go:5\) implements storage.Factory but is not registered in Backends; add r.Register\(storage.NewMemory\(\)\)`
	r := &storage.Registry{}
	r.Register(s3.NewFactory())
	r.Register(gcs.NewFactory())
	r.Register(azure.NewFactory())
	r.Register(s3.NewFactory()) // want `adapter storage.factory\[s3.config, \*s3.client\] is already registered in Backends \(line 17\); delete this registration`
	return r
}
