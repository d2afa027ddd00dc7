// Package standard gathers the HTTP modules.
package standard

import (
	_ "twolevel/mods/http/x"
	_ "twolevel/mods/http/y"
	_ "twolevel/mods/http/z"
)
