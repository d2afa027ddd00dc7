package standard

import (
	"testing"

	"example.com/caddy/v2"
)

func TestModules(t *testing.T) {
	if len(caddy.Modules()) < 3 {
		t.Errorf("modules: %v", caddy.Modules())
	}
}
