// Package standard imports the standard modules.
package standard

import (
	// The standard modules.
	_ "example.com/caddy/v2/modules/encode/gzip"
	_ "example.com/caddy/v2/modules/fileserver"
	_ "example.com/caddy/v2/modules/staticresp"
)
