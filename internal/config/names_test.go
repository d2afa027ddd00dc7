package config

import (
	"fmt"
	"strings"
	"testing"
)

// controlNames are configuration entries whose name holds a character
// that would break a line or control a terminal when the name is
// printed: each is malformed, in a file and in golangci-lint's settings.
var controlNames = []struct{ key, value string }{
	{"adapter", "example.com/app\n::error::x/tts.Adapter"},
	{"adapter", "example.com/app/tts\x00.Adapter"},
	{"adapter", "example.com/app/tts.Adapter\u2028"},
	{"init", "example.com/app/tts\n::error::init.Foo"},
	{"init", "(*example.com/app/tts\r.T).M"},
	{"register", "example.com/app/tts.Register\u202e"},
	{"packages", "example.com/app\n::error::x/..."},
	{"packages", "example.com/\x1b[2Japp"},
	{"exclude", "\x1b[2J*Mock*"},
	{"exclude", "*Mock\n*"},
	{"name-method", "Name\u202e"},
	{"name-method", "Na\u0085me"},
	{"aggregator", "example.com/app\n::error::x"},
}

// TestControlCharactersMalformed: a name holding a control character is
// malformed in a file and in the plugin's settings, and the message shows
// it escaped, on one line.
func TestControlCharactersMalformed(t *testing.T) {
	for _, tc := range controlNames {
		entry := map[string]any{"adapter": "example.com/app/tts.Adapter", tc.key: tc.value}
		if tc.key == "aggregator" {
			entry["policy"] = "self"
		}
		if tc.key == "register" || tc.key == "packages" || tc.key == "exclude" {
			entry[tc.key] = []any{tc.value}
		}
		yaml := "registries:\n  - "
		first := true
		for _, k := range []string{"adapter", "policy", tc.key} {
			v, ok := entry[k]
			if !ok || k == "adapter" && !first {
				continue
			}
			if !first {
				yaml += "    "
			}
			first = false
			if l, isList := v.([]any); isList {
				yaml += k + ": [" + quoteYAML(l[0].(string)) + "]\n"
			} else {
				yaml += k + ": " + quoteYAML(v.(string)) + "\n"
			}
			if k == tc.key {
				break
			}
		}
		_, ferr := ParseConfig([]byte(yaml))
		_, serr := DecodeSettings(map[string]any{"registries": []any{entry}})
		for _, err := range []error{ferr, serr} {
			if err == nil {
				t.Errorf("%s %q: accepted", tc.key, tc.value)
				continue
			}
			if !strings.Contains(err.Error(), "registries[0]."+tc.key) || !strings.Contains(err.Error(), "malformed") && !strings.Contains(err.Error(), "not a Go identifier") {
				t.Errorf("%s %q: want a malformed %s; got %v", tc.key, tc.value, tc.key, err)
			}
			if strings.ContainsAny(err.Error(), "\x00\r\x1b\u2028\u202e\u0085") || strings.Count(err.Error(), "\n") != 0 {
				t.Errorf("%s %q: the message shows it raw or takes more than one line: %q", tc.key, tc.value, err)
			}
		}
	}
}

// quoteYAML writes s as a YAML double-quoted scalar.
func quoteYAML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x202e:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
