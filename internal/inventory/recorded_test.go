package inventory

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckGoldens: every inventory that list writes (its goldens, in
// every format) is an inventory of its format, normalized or not, and of
// no other format.
func TestCheckGoldens(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "cmd", "registrylint", "testdata", "list", "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	formats := map[string]string{".txt": FormatText, ".json": FormatJSON, ".md": FormatMarkdown, ".mmd": FormatMermaid}
	for _, f := range files {
		format, ok := formats[filepath.Ext(f)]
		if !ok {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, variant := range []string{string(data), "\ufeff" + strings.ReplaceAll(string(data), "\n", "\r\n"), strings.TrimSuffix(string(data), "\n")} {
			norm := Normalize([]byte(variant))
			if string(norm) != string(data) {
				t.Errorf("%s: Normalize(%q) = %q, want the golden", f, variant, norm)
			}
			if got := DetectFormat(norm); got != format {
				t.Errorf("%s: detected as %s, want %s", f, got, format)
			}
			for _, other := range formats {
				if err := Check(other, norm); (err == nil) != (other == format) {
					t.Errorf("%s: Check(%s) = %v", f, other, err)
				}
			}
		}
	}
}

// TestCheckNotInventory: files that list did not write are no
// inventory of the format they would be detected as.
func TestCheckNotInventory(t *testing.T) {
	for _, data := range []string{
		"",
		"\n\n",
		"module example.com/app\n\ngo 1.26\n",
		"# registrylint baseline\nx.go: unregistered: msg\n",
		"registry \x00\x01",
		"registry tts.Adapter\xff\n",
		"package main\n",
		"## Registries\n\nThe adapters we ship.\n",
		"No registries.\nbut more\n",
		"graph LR\n  A --> B\n",
		"graph TD\n",
		`{"name": "x"}`,
		`{"registries": []} {"registries": []}`,
		`{"registries": null}`,
		`[]`,
		"registry x\nmodule y\n",
	} {
		norm := Normalize([]byte(data))
		if err := Check(DetectFormat(norm), norm); err == nil {
			t.Errorf("Check(%q) as %s: no error", data, DetectFormat(norm))
		}
	}
}
