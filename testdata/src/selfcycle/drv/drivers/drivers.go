// Package drivers links every driver in.
package drivers

import _ "selfcycle/drv/lite"

// Default is the default driver's name.
const Default = "lite"
