package config

import (
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/registrylint/registrylint/internal/escape"
)

// FuzzParseConfig: decoding a configuration never panics, and every
// error line names the file and a line of it, "file:N: ...", holds no
// raw control character (a name from the file is quoted), and is one
// line. The same input decoded into Go values, as golangci-lint hands
// its settings over, never panics either, and its errors are lines of
// "registrylint settings: ...".
//
// In CI: go test ./internal/config -run '^$' -fuzz '^FuzzParseConfig$' -fuzztime 10s
func FuzzParseConfig(f *testing.F) {
	for _, seed := range []string{
		"",
		"registries:\n  - adapter: example.com/app/tts.Adapter\n    init: example.com/app/tts/all.InitRegistry\n    register: [\"(*example.com/app/tts.Registry).Register\"]\n    name-method: Name\n    policy: self\n    aggregator: example.com/app/tts/all\n    packages: [\"example.com/app/tts/...\"]\n    exclude: [\"*Mock*\"]\ndisable: [dynamic-name]\ninclude-tests: true\n",
		"registries:\n  - adapter: a.B\n    exclude: &x [\"[\"]\n  - adapter: a.C\n    exclude: *x\n",
		"registries: [null, {adapter: a.B, policy: [self], aggregator: x}]\n",
		"disable: [x]\n---\n\xff",
		"a: *nosuch\n",
		"a: &a [*a]\n",
		"b: \x01\n",
		"\ufeffdisable: [\"\\n\"]\n",
		"registries:\n  - <<: {adapter: a.B}\n",
		"registries:\n  - adapter: \"a/b\\u202e.C\"\n    packages: [\"[\"]\n",
	} {
		f.Add([]byte(seed))
	}
	fileLine := regexp.MustCompile(`^f\.yml:[1-9][0-9]*: \S`)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := parseConfig("f.yml", data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !fileLine.MatchString(line) || escape.HasUnsafe(line) {
					t.Errorf("error line %q: want f.yml:LINE: message, escaped", line)
				}
			}
		}
		var settings any
		if yaml.Unmarshal(data, &settings) != nil {
			return
		}
		_, err = DecodeSettings(settings)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, settingsName+": ") || escape.HasUnsafe(line) {
					t.Errorf("settings error line %q: want %s: message, escaped", line, settingsName)
				}
			}
		}
	})
}
