// Package standard gathers every module: the HTTP ones through their own
// gathering package.
package standard

import (
	_ "twolevel/mods/a"
	_ "twolevel/mods/b"
	_ "twolevel/mods/http/standard"
)
