package config

import (
	"strings"
	"testing"

	"github.com/registrylint/registrylint/internal/rules"
)

func TestParseConfig(t *testing.T) {
	good := `
registries:
  - adapter: example.com/app/tts.Adapter
    init: example.com/app/tts/all.InitRegistry
    register: ["(*example.com/app/tts.Registry).Register", "example.com/app/tts.Register"]
    packages: ["example.com/app/tts/..."]
    exclude: ["*Mock*", "example.com/app/tts/testing.*"]
disable: [dynamic-name]
include-tests: true
`
	cfg, err := ParseConfig([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	r := cfg.Registries[0]
	if r.NameMethod != "Name" || r.Policy != PolicyCentral {
		t.Errorf("defaults not filled in: %+v", r)
	}
	if cfg.RuleEnabled(rules.DynamicName) || !cfg.RuleEnabled(rules.Unregistered) || !cfg.IncludeTests {
		t.Errorf("disable/include-tests not applied: %+v", cfg)
	}
	if cfg, err := ParseConfig(nil); err != nil || len(cfg.Registries) != 0 {
		t.Errorf("empty config: %v %+v", err, cfg)
	}
}

func TestParseConfigErrors(t *testing.T) {
	// Each error is one line: file:line: key: what is wrong, what is expected.
	for _, tc := range []struct{ yaml, want string }{
		{"registries:\n  - adapter: a.B\n    bogus: 1\n", `config:3: registries[0].bogus: unknown key, want adapter, init,`},
		{"colour: red\n", `config:1: colour: unknown key, want registries, disable or include-tests`},
		{"disable: [no-such-rule]\n", `config:1: disable[0]: unknown rule "no-such-rule", want one of unregistered,`},
		{"registries:\n  - adapter: a.B\n    policy: sometimes\n", `config:3: registries[0].policy: unknown policy "sometimes", want "central" or "self"`},
		{"registries:\n  - adapter: noDot\n", `config:2: registries[0].adapter: malformed name "noDot", want import/path.Name`},
		{"registries:\n  - init: a.F\n", `config:2: registries[0].adapter: required`},
		{"registries:\n  - adapter: a.B\n    init: (*a.T.M\n", `config:3: registries[0].init: malformed name`},
		{"registries:\n  - adapter: a.B\n    register: [\"a/b.c.d e\"]\n", `registries[0].register[0]: malformed name`},
		{"registries:\n  - adapter: a.B\n  - adapter: a.B\n", `config:3: registries[1].adapter: "a.B" is already declared by registries[0]`},
		{"registries:\n  - adapter: a.B\n    aggregator: x\n", `config:3: registries[0].aggregator: only meaningful with policy: self`},
		{"registries:\n  - adapter: a.B\n    policy: self\n    aggregator: \"not a path!!\"\n", `config:4: registries[0].aggregator: malformed import path "not a path!!"`},
		{"registries:\n  - adapter: a.B\n    packages: [\"a/...b\"]\n", `registries[0].packages[0]: malformed package pattern`},
		{"registries:\n  - adapter: a.B\n    exclude: [\"[\"]\n", `registries[0].exclude[0]: malformed pattern`},
		{"disable: dynamic-name\n", `config:1: disable: want a list, got the single value "dynamic-name" (write [dynamic-name])`},
		{"include-tests: maybe\n", `config:1: include-tests: want true or false, got "maybe"`},
		{"registries: [\n", `config:1: not valid YAML:`},
		{"registries:\n\t- adapter: a.B\n", `config:2: not valid YAML: found character that cannot start any token`},
		{"registries: [null]\n", `config:1: registries[0]: empty entry`},
		{"registries:\n  -\n  - adapter: a.B\n    policy: bad\n", `config:4: registries[1].policy: unknown policy "bad"`},
		{"disable: [dynamic-name]\n---\ndisable: [nonsense-rule]\nfoo: bar\n", `config:2: a second YAML document; the configuration is exactly one document`},
		{"disable: [a]\ndisable: [b]\n", `config:2: disable: given twice (first on line 1)`},
		{"registries: {adapter: a.B}\n", `config:1: registries: want a list of registries`},
		{"- a\n", `config:1: want a mapping of keys`},
	} {
		_, err := ParseConfig([]byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) = %v, want an error containing %q", tc.yaml, err, tc.want)
			continue
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "config:") {
				t.Errorf("ParseConfig(%q): error line %q is not a file:line: key: message line", tc.yaml, line)
			}
		}
		if strings.Contains(err.Error(), "analyzer.") || strings.Contains(err.Error(), "!!str") {
			t.Errorf("ParseConfig(%q): error shows Go or YAML internals: %v", tc.yaml, err)
		}
	}
}

// TestParseConfigAliases checks that a node repeated through YAML aliases
// is reported once, not once per use.
func TestParseConfigAliases(t *testing.T) {
	yaml := "x: &bad [no-such-rule]\n"
	_, err := ParseConfig([]byte(yaml))
	if err == nil {
		t.Fatal("want an error")
	}
	yaml = "disable: &d [no-such-rule]\nregistries:\n  - &r {adapter: a.B, policy: odd}\n  - *r\n"
	_, err = ParseConfig([]byte(yaml))
	if err == nil {
		t.Fatal("want an error")
	}
	lines := strings.Split(err.Error(), "\n")
	seen := make(map[string]bool)
	for _, l := range lines {
		if seen[l] {
			t.Errorf("error line repeated: %q", l)
		}
		seen[l] = true
	}
}

func TestParseFuncName(t *testing.T) {
	for in, want := range map[string]FuncName{
		"example.com/a/b.F":          {Pkg: "example.com/a/b", Name: "F"},
		"(*example.com/a/b.T).M":     {Pkg: "example.com/a/b", Recv: "T", Name: "M"},
		"(example.com/a/b.T).M":      {Pkg: "example.com/a/b", Recv: "T", Name: "M"},
		"gopkg.in/yaml.v3.Unmarshal": {Pkg: "gopkg.in/yaml.v3", Name: "Unmarshal"},
	} {
		got, ok := ParseFuncName(in)
		if !ok || got != want {
			t.Errorf("parseFuncName(%q) = %+v, %v; want %+v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "F", "a/b", "(*a.T)", "a.b/c"} {
		if _, ok := ParseFuncName(bad); ok {
			t.Errorf("parseFuncName(%q) accepted", bad)
		}
	}
}
