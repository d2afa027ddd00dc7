package standard

import (
	"testing"

	"example.com/caddylike/caddy"
)

func TestModules(t *testing.T) {
	if len(caddy.Modules()) < 3 {
		t.Errorf("modules: %v", caddy.Modules())
	}
}
