// Package standard includes the standard modules.
package standard

import (
	_ "example.com/srv/modules/fileserver"
	_ "example.com/srv/modules/logging"
)
