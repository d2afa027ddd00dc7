// Package cli is the command line of the backup tool.
package cli

import (
	"strings"

	"backend"
	"backend/local"
	"backend/s3"
)

// openRepository picks a backend from the repository URL by hand instead of
// asking the registry.
func openRepository(repo string, enc bool) backend.Backend {
	switch { // want `switch that constructs different adapters \(local\.Dir, s3\.Store\) is a second list of adapters that drifts from the registry`
	case strings.HasPrefix(repo, "s3:"):
		return s3.New(enc)
	default:
		return &local.Dir{Path: repo, Encrypt: enc}
	}
}

var _ = openRepository
