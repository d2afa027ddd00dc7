// Package init holds the list of backends.
package init

import (
	"sort"

	"example.com/tofulike/backend"
	backendLocal "example.com/tofulike/backend/local"
	backendConsul "example.com/tofulike/backend/remote-state/consul"
	backendInmem "example.com/tofulike/backend/remote-state/inmem"
	backendS3 "example.com/tofulike/backend/remote-state/s3"
	backendCloud "example.com/tofulike/cloud"
)

var backends map[string]backend.InitFn

// Init fills the map of backends.
//
//registrylint:init
func Init() {
	backends = map[string]backend.InitFn{
		"local": backendLocal.New,

		// Remote State backends.
		"consul": backendConsul.New,
		"inmem":  backendInmem.New,
		"s3":     backendS3.New,

		// Terraform Cloud 'backend'
		// This is an implementation detail only, used for the cloud package
		"cloud": backendCloud.New,
	}
}

// Names returns the names of the backends, sorted.
func Names() []string {
	var names []string
	for name := range backends {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
