package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// exampleBaseline is the baseline of the example's planted findings,
// committed beside it: the README's adoption steps and the action's
// script use it.
const exampleBaseline = "registrylint-baseline.txt"

// TestBaselineExample adopts the gate on a copy of the example: write a
// baseline (it matches the committed one), pass with it, shift every
// line of every file and still pass, add an unregistered adapter and
// fail with that one finding only, then fix a baselined finding and pass
// with one line naming the stale entry.
func TestBaselineExample(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	if err := os.Remove(filepath.Join(dir, exampleBaseline)); err != nil {
		t.Fatal(err)
	}

	got := registrylint(t, dir, "-write-baseline", exampleBaseline, "./...")
	if got.code != 0 || got.stdout != "" || got.stderr != "registrylint: wrote 5 findings (5 entries) to "+exampleBaseline+"\n" {
		t.Fatalf("-write-baseline: want exit 0 and one line; got %v", got)
	}
	written, err := os.ReadFile(filepath.Join(dir, exampleBaseline))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(exampleDir, exampleBaseline)
	if *update {
		if err := os.WriteFile(golden, written, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want, err := os.ReadFile(golden); err != nil || string(written) != string(want) {
		t.Errorf("-write-baseline wrote\n%s\nwant testdata/example/%s (go test -update rewrites it):\n%s", written, exampleBaseline, want)
	}

	pass := func(when string) result {
		t.Helper()
		got := registrylint(t, dir, "-baseline", exampleBaseline, "./...")
		if got.code != 0 || got.stdout != "" || len(findingLines(got.stderr)) > 0 {
			t.Errorf("%s: -baseline: want exit 0 and no finding; got %v", when, got)
		}
		return got
	}
	if got := pass("as written"); got.stderr != "" {
		t.Errorf("as written: want no output; got %v", got)
	}

	// Shift every line of every Go file by two.
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, append([]byte("// Shifted by TestBaselineExample.\n\n"), src...), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := registrylint(t, dir, "./..."); !strings.Contains(got.stderr, filepath.FromSlash("tts/all/registry.go:28:6: adapter *espeak.ESpeak (tts/espeak/espeak.go:16)")) {
		t.Fatalf("the shift did not move the findings by two lines: %v", got)
	}
	if got := pass("every line shifted"); got.stderr != "" {
		t.Errorf("every line shifted: want no output; got %v", got)
	}

	// A new adapter that nothing registers: that one finding, alone.
	addMyTTS(t, dir)
	got = registrylint(t, dir, "-baseline", exampleBaseline, "./...")
	findings := findingLines(got.stderr)
	if got.code != 1 || len(findings) != 1 || !strings.Contains(findings[0], "adapter *mytts.MyTTS (tts/mytts/mytts.go:11) implements tts.Adapter but is not registered") {
		t.Errorf("new adapter: want exit 1 and its unregistered finding only; got %v", got)
	}
	for _, args := range [][]string{{"-json"}, {"-sarif"}} {
		got := registrylint(t, dir, append(args, "-baseline", exampleBaseline, "./...")...)
		if got.code != 1 || !strings.Contains(got.stdout, "mytts.MyTTS") || strings.Contains(got.stdout, "espeak.ESpeak") {
			t.Errorf("%s -baseline: want exit 1 and the new finding only; got %v", args[0], got)
		}
	}

	// -fix registers the new adapter and espeak, a baselined finding:
	// the gate passes and names espeak's entry, once, as stale.
	if got := registrylint(t, dir, "-fix", "./..."); got.code != 1 {
		t.Fatalf("-fix: want exit 1 (the findings without a fix remain); got %v", got)
	}
	got = pass("espeak registered")
	want := "registrylint: " + exampleBaseline + `: 1 entry no longer occurs (delete it, or write the baseline again): tts/all/registry.go: unregistered: "adapter *espeak.ESpeak (tts/espeak/espeak.go) implements tts.Adapter but is not registered in InitRegistry; add r.Register(espeak.New())"` + "\n"
	if got.stderr != want {
		t.Errorf("espeak registered: want the stale entry named in one line\n%s\ngot %v", want, got)
	}
}

// TestBaselineErrors: a malformed or missing baseline stops the run with
// exit 2, naming the file (and the line).
func TestBaselineErrors(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("# comment\nlegacy/pick.go name-switch\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-baseline", "bad.txt", "./..."},
		{"-sarif", "-baseline", "bad.txt", "./..."},
	} {
		if got := registrylint(t, dir, args...); got.code != 2 || !strings.HasPrefix(got.stderr, "registrylint: bad.txt:2: ") {
			t.Errorf("%q: want exit 2 naming bad.txt:2; got %v", args, got)
		}
	}
	if got := registrylint(t, dir, "-baseline", "nosuch.txt", "./..."); got.code != 2 || !strings.Contains(got.stderr, "nosuch.txt") {
		t.Errorf("missing baseline: want exit 2 naming it; got %v", got)
	}
}

// findingRE matches a finding of text output (not a related position,
// indented by a tab after the position).
var findingRE = regexp.MustCompile(`\.go:[0-9]+:[0-9]+: [^\t]`)

// findingLines returns the finding lines of text output, without the
// related positions (indented by a tab after the position).
func findingLines(stderr string) []string {
	var lines []string
	for _, line := range strings.Split(stderr, "\n") {
		if findingRE.MatchString(line) {
			lines = append(lines, line)
		}
	}
	return lines
}

// addMyTTS adds to the example in dir an adapter, *mytts.MyTTS named
// "my-tts", that the init function's package imports but does not
// register.
func addMyTTS(t *testing.T, dir string) {
	t.Helper()
	src := `// Package mytts is an adapter added after the baseline.
package mytts

import (
	"context"

	"example.com/ttsapp/tts"
)

// MyTTS is new.
type MyTTS struct {
	tts.BaseAdapter
}

// New returns an uninitialized MyTTS.
func New() *MyTTS { return &MyTTS{tts.BaseAdapter{Desc: "new"}} }

// Name returns "my-tts".
func (m *MyTTS) Name() string { return "my-tts" }

// Execute speaks in.Text.
func (m *MyTTS) Execute(ctx context.Context, in tts.Input) (tts.Output, error) {
	return m.Synthesize(m.Name(), in, 16000)
}
`
	if err := os.MkdirAll(filepath.Join(dir, "tts", "mytts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tts", "mytts", "mytts.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	registry := filepath.Join(dir, "tts", "all", "registry.go")
	data, err := os.ReadFile(registry)
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "\t_ \"example.com/ttsapp/tts/espeak\"\n"
	if !strings.Contains(string(data), anchor) {
		t.Fatalf("registry.go has no line %q", anchor)
	}
	data = []byte(strings.Replace(string(data), anchor, anchor+"\t_ \"example.com/ttsapp/tts/mytts\"\n", 1))
	if err := os.WriteFile(registry, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
