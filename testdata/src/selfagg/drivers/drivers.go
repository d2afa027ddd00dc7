// Package drivers gathers the drivers.
package drivers

import _ "selfagg/pg"
