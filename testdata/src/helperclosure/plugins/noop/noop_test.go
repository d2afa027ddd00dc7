package noop

import (
	"testing"

	"helperclosure/reg"
)

// A test builds its own registry through the helper: exempt.
func TestWithPlugin(t *testing.T) {
	r := reg.Registry{}
	reg.WithPlugin("noop", New)(r)
	if len(r) != 1 {
		t.Fatal("not registered")
	}
}
