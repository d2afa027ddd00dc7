package analyzer

import (
	"strings"
	"testing"
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
	if cfg.ruleEnabled(RuleDynamicName) || !cfg.ruleEnabled(RuleUnregistered) || !cfg.IncludeTests {
		t.Errorf("disable/include-tests not applied: %+v", cfg)
	}
	if cfg, err := ParseConfig(nil); err != nil || len(cfg.Registries) != 0 {
		t.Errorf("empty config: %v %+v", err, cfg)
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"registries:\n  - adapter: a.B\n    bogus: 1\n", `unknown key "bogus" in registries entry`},
		{"colour: red\n", `unknown key "colour" in top level`},
		{"disable: [no-such-rule]\n", `disable[0]: unknown rule "no-such-rule"`},
		{"registries:\n  - adapter: a.B\n    policy: sometimes\n", `registries[0].policy: unknown policy "sometimes"`},
		{"registries:\n  - adapter: noDot\n", `registries[0].adapter: malformed name "noDot"`},
		{"registries:\n  - init: a.F\n", `registries[0].adapter: required`},
		{"registries:\n  - adapter: a.B\n    init: (*a.T.M\n", `registries[0].init: malformed name`},
		{"registries:\n  - adapter: a.B\n    register: [\"a/b.c.d e\"]\n", `registries[0].register[0]: malformed name`},
		{"registries:\n  - adapter: a.B\n  - adapter: a.B\n", `registries[1].adapter: "a.B" is already declared`},
		{"registries:\n  - adapter: a.B\n    aggregator: x\n", `registries[0].aggregator: only meaningful with policy: self`},
		{"registries:\n  - adapter: a.B\n    packages: [\"a/...b\"]\n", `registries[0].packages[0]: malformed package pattern`},
		{"registries:\n  - adapter: a.B\n    exclude: [\"[\"]\n", `registries[0].exclude[0]: malformed pattern`},
		{"disable: dynamic-name\n", `cannot unmarshal`},
		{"registries: [\n", `config:`},
	} {
		_, err := ParseConfig([]byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) = %v, want an error containing %q", tc.yaml, err, tc.want)
		}
	}
}

func TestParseFuncName(t *testing.T) {
	for in, want := range map[string]funcName{
		"example.com/a/b.F":          {pkg: "example.com/a/b", name: "F"},
		"(*example.com/a/b.T).M":     {pkg: "example.com/a/b", recv: "T", name: "M"},
		"(example.com/a/b.T).M":      {pkg: "example.com/a/b", recv: "T", name: "M"},
		"gopkg.in/yaml.v3.Unmarshal": {pkg: "gopkg.in/yaml.v3", name: "Unmarshal"},
	} {
		got, ok := parseFuncName(in)
		if !ok || got != want {
			t.Errorf("parseFuncName(%q) = %+v, %v; want %+v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "F", "a/b", "(*a.T)", "a.b/c"} {
		if _, ok := parseFuncName(bad); ok {
			t.Errorf("parseFuncName(%q) accepted", bad)
		}
	}
}

func TestAnalyzerDoc(t *testing.T) {
	d := analyzerDoc(doc)
	if !strings.HasPrefix(d, "registrylint: enforce") || !strings.Contains(d, "bad-directive") {
		t.Errorf("analyzer doc not extracted from doc.go:\n%s", d)
	}
}
