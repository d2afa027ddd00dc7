// Package app registers the encoders.
package app

import (
	"example.com/enc/enc"
	"example.com/enc/enc/csv"
	"example.com/enc/enc/json"
	"example.com/enc/enc/xml"
)

// Setup registers every encoder through the package-level variables that
// hold them; csv was forgotten.
func Setup(r *enc.Registry) {
	r.Register(json.Encoder)
	r.Register(xml.Encoder)
}

// Fallback is the encoder used when none is named.
var Fallback = csv.Default
