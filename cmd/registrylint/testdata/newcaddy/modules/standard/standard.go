// Package standard imports the standard modules.
package standard

import (
	// The standard modules.
	_ "example.com/caddylike/modules/encode/gzip"
	_ "example.com/caddylike/modules/fileserver"
	_ "example.com/caddylike/modules/staticresp"
)
