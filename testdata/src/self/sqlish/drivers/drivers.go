// Package drivers links every driver in.
package drivers

import (
	_ "self/sqlish/lite"
	_ "self/sqlish/my"
	_ "self/sqlish/pg"
)
