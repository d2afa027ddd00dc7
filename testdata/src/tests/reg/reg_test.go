package reg

import "testing"

// stub is a test double: never an adapter.
type stub struct{}

func (stub) Name() string { return "stub" }

func TestX(t *testing.T) {
	Register(stub{}) // want `Register registers a Thing outside its init function`
	switch "x" {     // want `switch on adapter names "one"`
	case "one":
	}
}
