package discover

import (
	"testing"

	"github.com/registrylint/registrylint/internal/inventory"
)

func TestIsTestDoubleAt(t *testing.T) {
	for _, c := range []struct {
		key, pos string
		want     bool
	}{
		// A name is no evidence: Caddy's MockCore, OpenTofu's TestHuman.
		{"example.com/tofu/backend.MockBackend", "backend/backend.go:4", false},
		{"github.com/caddyserver/caddy/v2/modules/logging.MockCore", "modules/logging/nopencoder.go:9", false},
		{"example.com/tofu/command/views.TestHuman", "command/views/test.go:40", false},
		// A file or a package is.
		{"example.com/tofu/backend.Backend", "backend/testing.go:4", true},
		{"example.com/tofu/backend.Local", "backend/local_testing.go:4", true},
		{"example.com/app/tts/ttstest.Echo", "tts/ttstest/echo.go:3", true},
		{"example.com/app/tts/faketts.Echo", "tts/faketts/echo.go:3", true},
		{"github.com/caddyserver/caddy/v2/internal/testmocks.dummyVerifier", "internal/testmocks/dummyverifier.go:15", true},
		{"example.com/store.factory[example.com/store/storetest.config]", "store/store.go:9", false},
		{"example.com/app/tts/piper.Piper", "tts/piper/piper.go:9", false},
		{"example.com/app/tts/latest.Engine", "tts/latest/engine.go:9", false},
		{"example.com/app/contest.Judge", "contest/judge.go:9", false},
	} {
		if got := isTestDoubleAt(inventory.AdapterInventory{TypeKey: c.key, Position: c.pos}); got != c.want {
			t.Errorf("isTestDoubleAt(%s at %s) = %v, want %v", c.key, c.pos, got, c.want)
		}
	}
}

func TestIsTestPackage(t *testing.T) {
	for p, want := range map[string]bool{
		"net/http/httptest": true, "example.com/kv/store/storetest": true, "example.com/kv/fakestore": true,
		"example.com/x/mocks": true, "example.com/x/testing": true, "example.com/x/latest": false,
		"example.com/contest": false, "example.com/x/store": false, "example.com/x/testdata": false,
	} {
		if got := isTestPackage(p); got != want {
			t.Errorf("isTestPackage(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestCommonSubtree(t *testing.T) {
	ad := func(keys ...string) []inventory.AdapterInventory {
		var out []inventory.AdapterInventory
		for _, k := range keys {
			out = append(out, inventory.AdapterInventory{TypeKey: k})
		}
		return out
	}
	for _, c := range []struct {
		adapters []inventory.AdapterInventory
		want     string
	}{
		{ad("example.com/s/framework/plugins/a.P", "example.com/s/framework/plugins/b.P"), "example.com/s/framework/plugins"},
		{ad("example.com/s/a.P", "example.com/t/b.P"), ""},
		{ad("example.com/s/plugins.A", "example.com/s/plugins.B"), "example.com/s/plugins"},
	} {
		if got := commonSubtree(c.adapters); got != c.want {
			t.Errorf("commonSubtree = %q, want %q", got, c.want)
		}
	}
}

func TestPositions(t *testing.T) {
	got := Positions([]string{"a/x.go:1", "a/x.go:2", "b/y.go:7", "c/z.go:3"}, 3)
	if want := "a/x.go:1, 2; b/y.go:7 and 1 more"; got != want {
		t.Errorf("Positions = %q, want %q", got, want)
	}
}

func TestDeniedCallee(t *testing.T) {
	for name, want := range map[string]bool{"Subscribe": true, "Handle": true, "OnEvent": true, "Once": false, "Register": false, "Use": true} {
		if got := deniedCallee(name); got != want {
			t.Errorf("deniedCallee(%q) = %v, want %v", name, got, want)
		}
	}
}
