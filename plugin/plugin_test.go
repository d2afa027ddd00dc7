package plugin_test

import (
	"os"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/registrylint/registrylint/plugin" // registers the plugin
)

// newPlugin builds the plugin the way golangci-lint does: by name, from
// the registry of module plugins.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	newFn, err := register.GetPlugin("registrylint")
	if err != nil {
		t.Fatalf("GetPlugin: %v", err)
	}
	return newFn(settings)
}

// analyzers returns the analyzers of a plugin built from settings, which
// must be valid.
func analyzers(t *testing.T, settings any) []*analysis.Analyzer {
	t.Helper()
	p, err := newPlugin(t, settings)
	if err != nil {
		t.Fatalf("New(%v): %v", settings, err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) != 1 || as[0].Name != "registrylint" {
		t.Fatalf("BuildAnalyzers() = %v, want the registrylint analyzer alone", as)
	}
	return as
}

// goodSettings is SPEC §5's example, as golangci-lint hands it over (the
// decoded YAML of linters.settings.custom.registrylint.settings). Its
// package is not analyzed here, which is not an error.
func goodSettings() map[string]any {
	return map[string]any{
		"registries": []any{
			map[string]any{
				"adapter":     "example.com/app/tts.Adapter",
				"init":        "example.com/app/tts/all.InitRegistry",
				"register":    []any{"(*example.com/app/tts.Registry).Register"},
				"name-method": "Name",
				"policy":      "central",
				"packages":    []any{"example.com/app/tts/..."},
				"exclude":     []any{"*Mock*", "example.com/app/tts/testing.*"},
			},
		},
		"disable":       []any{"dynamic-name"},
		"include-tests": false,
	}
}

func TestPluginReportsUnregisteredAdapter(t *testing.T) {
	for name, settings := range map[string]any{
		"no settings":   nil,
		"spec settings": goodSettings(),
	} {
		t.Run(name, func(t *testing.T) {
			as := analyzers(t, settings)
			for _, r := range analysistest.Run(t, analysistest.TestData(), as[0], "ttsfixture") {
				for _, d := range r.Diagnostics {
					// golangci-lint would report each as an issue of its own.
					if len(d.Related) > 0 {
						t.Errorf("%s: diagnostic with related information under golangci-lint", d.Message)
					}
				}
			}
		})
	}
}

// TestExampleConfig keeps .golangci.example.yml valid: its settings must
// build the plugin.
func TestExampleConfig(t *testing.T) {
	data, err := os.ReadFile("../.golangci.example.yml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Linters struct {
			Enable   []string `yaml:"enable"`
			Settings struct {
				Custom map[string]struct {
					Type     string `yaml:"type"`
					Settings any    `yaml:"settings"`
				} `yaml:"custom"`
			} `yaml:"settings"`
		} `yaml:"linters"`
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	custom, ok := cfg.Linters.Settings.Custom["registrylint"]
	if !ok || custom.Type != "module" {
		t.Fatalf("linters.settings.custom.registrylint with type: module is missing")
	}
	if !strings.Contains(strings.Join(cfg.Linters.Enable, " "), "registrylint") {
		t.Errorf("linters.enable does not list registrylint")
	}
	if custom.Settings == nil {
		t.Fatalf("linters.settings.custom.registrylint.settings is empty: it should show the schema")
	}
	analyzers(t, custom.Settings)
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     string // substring of the error
	}{
		{"wrong type", map[string]any{"disable": "x"}, "disable"},
		{"wrong type in entry", map[string]any{"registries": []any{map[string]any{"adapter": 1}}}, "adapter"},
		{"unknown key", map[string]any{"disabled": []any{"dynamic-name"}}, `"disabled"`},
		{"unknown key in entry", map[string]any{"registries": []any{map[string]any{"adapter": "a/b.C", "adaptor": "a/b.C"}}}, `"adaptor"`},
		{"unknown rule", map[string]any{"disable": []any{"no-such-rule"}}, "no-such-rule"},
		{"unknown policy", map[string]any{"registries": []any{map[string]any{"adapter": "a/b.C", "policy": "everywhere"}}}, "policy"},
		{"malformed name", map[string]any{"registries": []any{map[string]any{"adapter": "Adapter"}}}, "adapter"},
		{"not a map", []any{"x"}, "registrylint"},
		{"newline in a name", map[string]any{"registries": []any{map[string]any{"adapter": "a/b\n::error::x.C"}}}, `registries[0].adapter: malformed name "a/b\n::error::x.C"`},
		{"NUL in a name", map[string]any{"registries": []any{map[string]any{"adapter": "a/b.C", "register": []any{"a/b.F\x00"}}}}, `registries[0].register[0]: malformed name "a/b.F\x00"`},
		// As in a file (internal/config checks that the two agree).
		{"null entry", map[string]any{"registries": []any{nil}}, "registries[0]: empty entry"},
		{"null value", map[string]any{"include-tests": nil}, "include-tests: want true or false, got nothing (null)"},
		{"unknown key in entry, exact", map[string]any{"registries": []any{map[string]any{"adapter": "a/b.C", "adaptor": "a/b.C"}}},
			`registrylint settings: registries[0].adaptor: unknown key "adaptor", want adapter, init,`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPlugin(t, tc.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error", tc.settings, p)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%v) error %q does not mention %s", tc.settings, err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "registrylint settings: ") {
				t.Errorf("New(%v) error %q does not say it is about registrylint's settings", tc.settings, err)
			}
		})
	}
}

// TestFreshAnalyzers checks that each BuildAnalyzers call returns analyzers
// of their own, so that two configurations never share state.
func TestFreshAnalyzers(t *testing.T) {
	p, err := newPlugin(t, goodSettings())
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := p.BuildAnalyzers()
	a2, _ := p.BuildAnalyzers()
	if a1[0] == a2[0] {
		t.Errorf("BuildAnalyzers returned the same analyzer twice")
	}
}

// TestNilSettingsDiscover: without settings, whatever nil golangci-lint
// hands over (nil, or a typed nil such as a nil map), the plugin finds
// each package's .registrylint.yml as the command does: the registry of
// testdata/src/discovered is declared there alone.
func TestNilSettingsDiscover(t *testing.T) {
	var nilPtr *struct{ Disable []string }
	for name, settings := range map[string]any{
		"nil":                nil,
		"nil map[string]any": map[string]any(nil),
		"nil map[any]any":    map[any]any(nil),
		"nil pointer":        nilPtr,
	} {
		t.Run(name, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), analyzers(t, settings)[0], "discovered")
		})
	}
}
