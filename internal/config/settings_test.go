package config

import (
	"regexp"
	"strings"
	"testing"
)

// TestSettingsAgreeWithFile checks that golangci-lint's settings and a
// file with the same content get the same errors, but for the location
// ("registrylint settings" for "config:line") and the unknown key quoted
// in its message.
func TestSettingsAgreeWithFile(t *testing.T) {
	type M = map[string]any
	type L = []any
	fileLine := regexp.MustCompile(`(?m)^config(:\d+)?: `)
	unknown := regexp.MustCompile(`(?m)^registrylint settings: ((?:[^:]*\.)?([^.:]+)): unknown key "([^"]*)",`)
	for _, tc := range []struct {
		yaml     string
		settings any
	}{
		{"registries: [null]\n", M{"registries": L{nil}}},
		{"registries:\n  -\n  - {adapter: a.B, policy: bad}\n", M{"registries": L{nil, M{"adapter": "a.B", "policy": "bad"}}}},
		{"registries: [{adapter: a.B, adaptor: a.C}]\n", M{"registries": L{M{"adapter": "a.B", "adaptor": "a.C"}}}},
		{"disabled: [dynamic-name]\n", M{"disabled": L{"dynamic-name"}}},
		{"disable: dynamic-name\n", M{"disable": "dynamic-name"}},
		{"disable: [null]\n", M{"disable": L{nil}}},
		{"include-tests: null\n", M{"include-tests": nil}},
		{"include-tests: \"true\"\n", M{"include-tests": "true"}},
		{"include-tests: 1\n", M{"include-tests": 1}},
		{"registries: {adapter: a.B}\n", M{"registries": M{"adapter": "a.B"}}},
		{"registries: [a.B]\n", M{"registries": L{"a.B"}}},
		{"registries: [{adapter: 1}]\n", M{"registries": L{M{"adapter": 1}}}},
		{"registries: [{adapter: a.B, register: a.F}]\n", M{"registries": L{M{"adapter": "a.B", "register": "a.F"}}}},
		{"registries: [{adapter: a.B, register: [[a.F]]}]\n", M{"registries": L{M{"adapter": "a.B", "register": L{L{"a.F"}}}}}},
		// A list of documents, as a second document would be.
		{"- disable: [dynamic-name]\n- disable: [x]\n", L{M{"disable": L{"dynamic-name"}}, M{"disable": L{"x"}}}},
		{"disable: [no-such-rule, also-no]\nregistries: [{adapter: a.B, policy: x}]\n", M{"disable": L{"no-such-rule", "also-no"}, "registries": L{M{"adapter": "a.B", "policy": "x"}}}},
	} {
		_, ferr := ParseConfig([]byte(tc.yaml))
		_, serr := DecodeSettings(tc.settings)
		if ferr == nil || serr == nil {
			t.Errorf("%q: file error %v, settings error %v; want both", tc.yaml, ferr, serr)
			continue
		}
		want := fileLine.ReplaceAllString(ferr.Error(), "registrylint settings: ")
		got := unknown.ReplaceAllStringFunc(serr.Error(), func(s string) string {
			m := unknown.FindStringSubmatch(s)
			if m[2] != m[3] {
				return s
			}
			return "registrylint settings: " + m[1] + ": unknown key,"
		})
		if got != want {
			t.Errorf("%q: settings error\n%s\nwant, as the file's,\n%s", tc.yaml, serr, want)
		}
	}
	for _, ok := range []any{nil, map[string]any{}, map[string]any(nil), map[any]any{"disable": []any{"dynamic-name"}}} {
		if _, err := DecodeSettings(ok); err != nil {
			t.Errorf("DecodeSettings(%#v): %v", ok, err)
		}
	}
	if _, err := DecodeSettings(map[string]any{"f": func() {}}); err == nil || !strings.HasPrefix(err.Error(), "registrylint settings: ") {
		t.Errorf("DecodeSettings(a function) = %v, want a registrylint settings error", err)
	}
}
