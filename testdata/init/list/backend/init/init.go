// Package init holds the table of every backend.
package init

import (
	"example.com/tofu/backend"
	"example.com/tofu/backend/remote/consul"
	"example.com/tofu/backend/remote/gcs"
	"example.com/tofu/backend/remote/s3"
)

var backends map[string]backend.InitFn

// Init fills the table of backends.
func Init() {
	backends = map[string]backend.InitFn{
		"s3":     s3.New,
		"gcs":    gcs.New,
		"consul": func() backend.Backend { return consul.New() },
	}
}

// Backend returns the backend of name, or nil.
func Backend(name string) backend.InitFn { return backends[name] }
