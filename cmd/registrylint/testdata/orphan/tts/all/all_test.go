package all

import "testing"

// A test file makes the checker load a test variant of this package: the
// whole-program message must still name InitRegistry once.
func TestInitRegistry(t *testing.T) {
	if InitRegistry() == nil {
		t.Fatal("no registry")
	}
}
