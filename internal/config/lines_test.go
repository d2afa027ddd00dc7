package config

import (
	"regexp"
	"strings"
	"testing"
)

// TestSyntaxErrorLines: YAML errors that go.yaml.in/yaml reports without
// a line (invalid UTF-8, control characters, unknown anchors, an error on
// the first line) name the line of the file they are on.
func TestSyntaxErrorLines(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"a: \xff\n", "config:1: not valid YAML: invalid leading UTF-8 octet"},
		{"\n\ndisable: [\xfe]\n", "config:3: not valid YAML: invalid leading UTF-8 octet"},
		{"disable: [x]\r\n# comment\r\nb: \x01\r\n", "config:3: not valid YAML: control characters are not allowed"},
		{"disable: [\"\a\"]\n", "config:1: not valid YAML: control characters are not allowed"},
		{"disable: [x]\n\n\nregistries: *nosuch\n", "config:4: not valid YAML: unknown anchor 'nosuch' referenced"},
		{"disable: &a [x]\nregistries: [*b]\n", "config:2: not valid YAML: unknown anchor 'b' referenced"},
		{"disable: [x]\n---\n\xff", "config:3: not valid YAML: invalid leading UTF-8 octet"},
		{"a: b: c\n", "config:1: not valid YAML: mapping values are not allowed in this context"},
	} {
		_, err := ParseConfig([]byte(tc.yaml))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) = %v, want %s", tc.yaml, err, tc.want)
		}
	}
}

// TestReportedOnce: a bad entry is reported once: not again by the
// validation when its value could not be decoded, nor once per use when
// an alias repeats it.
func TestReportedOnce(t *testing.T) {
	for _, tc := range []struct {
		yaml     string
		settings any
		want     string // the one error
	}{
		{"registries:\n  - adapter: a.B\n    register: [null]\n", m("registries", l(m("adapter", "a.B", "register", l(nil)))), `registries[0].register[0]: want a string, got nothing (null)`},
		{"registries:\n  - adapter: null\n", m("registries", l(m("adapter", nil))), `registries[0].adapter: want a string, got nothing (null)`},
		{"registries:\n  - adapter: [x]\n", m("registries", l(m("adapter", l("x")))), `registries[0].adapter: want a string, got a list`},
		{"registries:\n  - adapter: a.B\n    exclude: [null]\n", m("registries", l(m("adapter", "a.B", "exclude", l(nil)))), `registries[0].exclude[0]: want a string, got nothing (null)`},
		{"disable: [null]\n", m("disable", l(nil)), `disable[0]: want a string, got nothing (null)`},
		{"disable: [[x]]\n", m("disable", l(l("x"))), `disable[0]: want a string, got a list`},
		{"registries:\n  - adapter: a.B\n    policy: [self]\n    aggregator: x/y\n", m("registries", l(m("adapter", "a.B", "policy", l("self"), "aggregator", "x/y"))), `registries[0].policy: want a string, got a list`},
		{"registries:\n  - adapter: a.B\n    packages: [\"[\"]\n", m("registries", l(m("adapter", "a.B", "packages", l("[")))), `registries[0].packages[0]: malformed package pattern "["`},
		{"registries:\n  - adapter: a.B\n    exclude: &x [\"[\"]\n  - adapter: a.C\n    exclude: *x\n", nil, `registries[0].exclude[0]: malformed pattern "["`},
		{"x: &r {adapter: a.B, policy: odd}\n", nil, `x: unknown key`},
	} {
		check := func(what string, err error, prefix string) {
			t.Helper()
			lines := strings.Split(strings.TrimSpace(errString(err)), "\n")
			if len(lines) != 1 || !regexp.MustCompile(`^`+prefix+`: `+regexp.QuoteMeta(tc.want)).MatchString(lines[0]) {
				t.Errorf("%s %q: want one error %q; got %d:\n%v", what, tc.yaml, tc.want, len(lines), err)
			}
		}
		_, err := ParseConfig([]byte(tc.yaml))
		check("file", err, `config:\d+`)
		if tc.settings != nil {
			_, err := DecodeSettings(tc.settings)
			check("settings", err, `registrylint settings`)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func m(kv ...any) map[string]any {
	out := make(map[string]any)
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func l(items ...any) []any { return items }
