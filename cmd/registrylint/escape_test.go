package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evilName and evilUnregistered are adapter names that would start a
// GitHub workflow command, clear the screen, reverse the text, break a
// markdown table or a mermaid label if printed raw.
const (
	evilName         = "piper\n::error file=x.go::injected\x1b[2J|\"<b>`"
	evilUnregistered = "coqui\r::warning::raw\u202e"
)

// unsafeOutput returns a description of what in out a CI log or a
// terminal would take for something else than text: a line (ended by \n
// or \r) that starts a workflow command, an escape, a bidi override.
func unsafeOutput(out string) string {
	for _, line := range strings.FieldsFunc(out, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if strings.HasPrefix(strings.TrimSpace(line), "::") {
			return "a line starts a workflow command: " + line
		}
	}
	for _, bad := range []string{"\r", "\x1b", "\u202e", "\x00"} {
		if strings.Contains(out, bad) {
			return "it holds " + bad
		}
	}
	return ""
}

// TestRepositoryStringsEscaped: names from the analyzed code reach
// every output escaped: list in every format, the findings (with -c
// context lines), and a markdown table keeps its columns, a mermaid label
// its quotes.
func TestRepositoryStringsEscaped(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	edit := func(file, old, new string) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil || !strings.Contains(string(data), old) {
			t.Fatalf("%s: no %q (%v)", file, old, err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	quote := func(s string) string {
		return strings.NewReplacer("\n", `\n`, "\r", `\r`, "\x1b", `\x1b`, `"`, `\"`, "\u202e", `\u202e`).Replace(s)
	}
	edit("tts/piper.go", `const PiperName = "piper"`, `const PiperName = "`+quote(evilName)+`"`)
	edit("tts/coqui/coqui.go", `return "coqui"`, `return "`+quote(evilUnregistered)+`"`)
	// A raw string with a terminal escape on the line of a finding.
	edit("tts/espeak/espeak.go", "type ESpeak struct", "var _ = `\x1b]0;title\x07`\n\ntype ESpeak struct")

	for _, args := range [][]string{
		{"list", "./..."},
		{"list", "-format", "markdown", "./..."},
		{"list", "-format", "mermaid", "./..."},
		{"list", "-json", "./..."},
		{"./..."},
		{"-c", "2", "./..."},
	} {
		got := registrylint(t, dir, args...)
		if got.code == 2 {
			t.Fatalf("registrylint %s: %v", strings.Join(args, " "), got)
		}
		if why := unsafeOutput(got.stdout + got.stderr); why != "" {
			t.Errorf("registrylint %s: %s\n%v", strings.Join(args, " "), why, got)
		}
		if args[0] != "list" {
			continue
		}
		for _, line := range strings.Split(got.stdout, "\n") {
			switch {
			case args[1] == "markdown" && strings.HasPrefix(line, "| "):
				if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 6 {
					t.Errorf("markdown row with %d cell borders, want 6: %s", n, line)
				}
			case args[1] == "mermaid" && strings.Count(line, `"`)%2 != 0:
				t.Errorf("mermaid line with unbalanced quotes: %s", line)
			}
		}
		if args[1] == "-json" {
			var inv struct {
				Registries []struct{ Adapters []struct{ Name string } }
			}
			if err := json.Unmarshal([]byte(got.stdout), &inv); err != nil || len(inv.Registries) != 1 || inv.Registries[0].Adapters[0].Name != evilName {
				t.Errorf("list -json: want the name %q as is; got %v, %v", evilName, err, got.stdout)
			}
		}
	}
	// The inventory with escaped names is one that -check reads back.
	got := registrylint(t, dir, "list", "-format", "markdown", "./...")
	if err := os.WriteFile(filepath.Join(dir, "REGISTRY.md"), []byte(got.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := registrylint(t, dir, "list", "-check", "REGISTRY.md", "./..."); got.code != 0 {
		t.Errorf("list -check of an inventory with escaped names: want exit 0; got %v", got)
	}
}

// TestBaselineStaleEscaped: a baseline entry whose quoted file or rule
// holds a newline is named escaped when it no longer occurs.
func TestBaselineStaleEscaped(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	entry := `"x\n::error::evil.go": "unregistered\r::warning::r\u001b[2J": gone` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "bl.txt"), []byte(entry), 0o644); err != nil {
		t.Fatal(err)
	}
	got := registrylint(t, dir, "-baseline", "bl.txt", "./...")
	if got.code != 1 || !strings.Contains(got.stderr, "no longer occur") {
		t.Fatalf("-baseline with a stale entry: %v", got)
	}
	if why := unsafeOutput(got.stderr); why != "" || !strings.Contains(got.stderr, `"x\n::error::evil.go": "unregistered\r::warning::r\x1b[2J": "gone"`) {
		t.Errorf("stale entry: want it as the baseline writes it, escaped; %s\n%v", why, got)
	}
}

// TestConfigNamesControlCharacters: a name of the configuration holding
// a newline, a NUL or another control character is malformed (exit 2),
// and the message shows it escaped.
func TestConfigNamesControlCharacters(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	for _, entry := range []string{
		`adapter: "example.com/nosuch\n::error::cfg/x.Adapter"`,
		`adapter: "example.com/ttsapp/tts\u0000.Adapter"`,
		`adapter: example.com/ttsapp/tts.Adapter` + "\n    init: \"example.com/ttsapp/tts\\n::error::init.Foo\"",
		`adapter: example.com/ttsapp/tts.Adapter` + "\n    register: [\"example.com/ttsapp/tts.Register\\u2028\"]",
		`adapter: example.com/ttsapp/tts.Adapter` + "\n    packages: [\"a\\n::error::pkgs/...\"]",
		`adapter: example.com/ttsapp/tts.Adapter` + "\n    exclude: [\"\\u001bMock*\"]",
		`adapter: example.com/ttsapp/tts.Adapter` + "\n    name-method: \"Name\\u202e\"",
	} {
		cfg := "registries:\n  - " + entry + "\n"
		if err := os.WriteFile(filepath.Join(dir, "evil.yml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		got := registrylint(t, dir, "-config", "evil.yml", "./...")
		if got.code != 2 || !strings.Contains(got.stderr, "evil.yml:") || !strings.Contains(got.stderr, "malformed") && !strings.Contains(got.stderr, "not a Go identifier") {
			t.Errorf("config %q: want exit 2, malformed; got %v", cfg, got)
		}
		if why := unsafeOutput(got.stdout + got.stderr); why != "" {
			t.Errorf("config %q: %s\n%v", cfg, why, got)
		}
	}
}
