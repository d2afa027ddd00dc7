// Package registry opens repositories by the scheme of their location.
package registry

import (
	"fmt"

	"backend"
	"backend/gcs"
	"backend/local"
	"backend/s3"
)

var backends map[string]func(enc bool) backend.Backend

// Init fills the table of backends. It runs once, from main, before any
// repository is opened.
func Init() {
	backends = map[string]func(enc bool) backend.Backend{
		"s3": func(enc bool) backend.Backend { return s3.New(enc) },
		"gs": gcs.Open,
		"local": func(enc bool) backend.Backend {
			return &local.Dir{Path: ".", Encrypt: enc}
		},
	}
}

// Open returns the backend registered for scheme.
func Open(scheme string, enc bool) (backend.Backend, error) {
	open, ok := backends[scheme]
	if !ok {
		return nil, fmt.Errorf("unknown backend %q", scheme)
	}
	return open(enc), nil
}
