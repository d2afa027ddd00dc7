package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaselineMessage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"adapter *coqui.Coqui (tts/coqui/coqui.go:16) implements tts.Adapter; remove its registration at tts/coqui/coqui.go:12 (no fix)",
			"adapter *coqui.Coqui (tts/coqui/coqui.go) implements tts.Adapter; remove its registration at tts/coqui/coqui.go (no fix)"},
		{"adapter *a.A is already registered in InitRegistry (line 36); delete this registration",
			"adapter *a.A is already registered in InitRegistry; delete this registration"},
		{"see main.go:3:14 and registrylint.yml:7", "see main.go and registrylint.yml"},
		{"version 1.2:3 stays", "version 1.2:3 stays"},
		{"two\nlines ", "two lines"},
	} {
		if got := baselineMessage(tc.in); got != tc.want {
			t.Errorf("baselineMessage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBaselineRoundTrip: what formatBaseline writes, parseBaseline reads
// back, including the fields that need quoting.
func TestBaselineRoundTrip(t *testing.T) {
	t.Parallel()
	counts := map[baselineKey]int{
		{"p/p.go", "bad-func", "function BadThing is bad"}:  1,
		{"p/p.go", "twice-a", "function Twice is reported"}: 3,
		{"odd: name.go", "rule with space", "m"}:            2,
		{`"quoted".go`, "r", "message: with colon"}:         1,
		{"-", "fake", "no position"}:                        1,
	}
	data := formatBaseline("fakelint", counts)
	b, err := parseBaseline("b.txt", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if b.entries != len(counts) {
		t.Errorf("read %d entries, want %d:\n%s", b.entries, len(counts), data)
	}
	for k, n := range counts {
		if b.counts[k] != n {
			t.Errorf("entry %+v: count %d, want %d\n%s", k, b.counts[k], n, data)
		}
	}
	// Sorted by file (unquoted), rule, message; the count only when
	// above one.
	body := strings.TrimPrefix(string(data), fmt.Sprintf(baselineHeader, "fakelint"))
	want := `"\"quoted\".go": r: message: with colon
-: fake: no position
"odd: name.go": "rule with space" x2: m
p/p.go: bad-func: function BadThing is bad
p/p.go: twice-a x3: function Twice is reported
`
	if body != want {
		t.Errorf("baseline body:\n%s\nwant:\n%s", body, want)
	}
}

func TestBaselineMalformed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ src, want string }{
		{"# comment\n\nno separator\n", "b.txt:3: "},
		{"p.go: rule\n", "b.txt:1: "},
		{"p.go: rule x0: m\n", "b.txt:1: bad count"},
		{"p.go: rule xx: m\n", "b.txt:1: bad count"},
		{"p.go: rule two: m\n", "b.txt:1: bad count"},
		{"p.go: rule: \n", "b.txt:1: no message"},
		{"\"p.go: rule: m\n", "b.txt:1: bad quoted string"},
		{"p.go: r: m\r\np.go: r: m\r\n", "b.txt:2: entry repeats line 1"},
	} {
		_, err := parseBaseline("b.txt", []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("parseBaseline(%q) = %v, want an error starting with %q", tc.src, err, tc.want)
		}
	}
	// CRLF, a byte-order mark and trailing spaces are fine.
	b, err := parseBaseline("b.txt", []byte("\ufeffp.go: r x2: m  \r\n"))
	if err != nil || b.counts[baselineKey{"p.go", "r", "m"}] != 2 {
		t.Errorf("CRLF baseline: %v, %v", b, err)
	}
}

// TestBaseline runs the driver: -write-baseline records, -baseline
// hides what it records in every output format, reports a new finding,
// names a stale entry, and a malformed or missing file stops the run.
func TestBaseline(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	d := newDriver()
	got := run(t, d, dir, "-write-baseline", "base.txt", "./...")
	if got.code != ExitOK || got.stdout != "" || got.stderr != "fakelint: wrote 3 findings (3 entries) to base.txt\n" {
		t.Fatalf("-write-baseline: %+v", got)
	}
	if data := readFile(t, dir, "base.txt"); !strings.HasSuffix(data, "\np/p.go: bad-func: function BadThing is bad\np/p.go: unfixable: function Unfixable cannot be fixed\np/p_test.go: bad-func: function BadTest is bad\n") {
		t.Errorf("base.txt:\n%s", data)
	}
	for _, args := range [][]string{nil, {"-json"}, {"-sarif"}, {"-diff"}} {
		got := run(t, d, dir, append(append(args, "-baseline", "base.txt"), "./...")...)
		if got.code != ExitOK || got.stderr != "" || strings.Contains(got.stdout, "BadThing") {
			t.Errorf("%q -baseline: want exit 0 and no finding; got %+v", args, got)
		}
	}
	// From a subdirectory, entries are still module-relative.
	if got := run(t, d, filepath.Join(dir, "q"), "-baseline", "../base.txt", "../..."); got.code != ExitOK {
		t.Errorf("-baseline from q/: %+v", got)
	}

	// Shift every line; add a finding; fix one.
	src := "// Package p has findings.\n\n\npackage p\n\nfunc BadNew() {}\n\nfunc Unfixable() {}\n"
	if err := os.WriteFile(filepath.Join(dir, "p", "p.go"), []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	got = run(t, d, dir, "-baseline", "base.txt", "./...")
	want := "p/p.go:6:6: function BadNew is bad (bad-func)\n" +
		`fakelint: base.txt: 1 entry no longer occurs (delete it, or write the baseline again): p/p.go: bad-func: "function BadThing is bad"` + "\n"
	if got.code != ExitFindings || got.stderr != want {
		t.Errorf("-baseline after edits: want exit 1 and\n%s\ngot %+v", want, got)
	}
	// -fix applies only the fixes of reported findings.
	got = run(t, d, dir, "-fix", "-baseline", "base.txt", "./...")
	if got.code != ExitOK || !strings.Contains(readFile(t, dir, "p/p.go"), "func GoodNew()") {
		t.Errorf("-fix -baseline: %+v\n%s", got, readFile(t, dir, "p/p.go"))
	}
	if strings.Count(got.stderr, "no longer occurs") != 1 {
		t.Errorf("-fix -baseline: want the stale entry named once; got %+v", got)
	}
	if data := readFile(t, dir, "p/p_test.go"); !strings.Contains(data, "func BadTest(") {
		t.Errorf("-fix fixed a baselined finding:\n%s", data)
	}

	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("# header\np/p.go bad-func\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-baseline", "bad.txt", "./..."},
		{"-sarif", "-baseline", "bad.txt", "./..."},
	} {
		got = run(t, d, dir, args...)
		if got.code != ExitError || !strings.HasPrefix(got.stderr, "fakelint: bad.txt:2: ") {
			t.Errorf("%q: want exit 2 naming bad.txt:2; got %+v", args, got)
		}
	}
	if got = run(t, d, dir, "-baseline", "nosuch.txt", "./..."); got.code != ExitError || !strings.Contains(got.stderr, "nosuch.txt") {
		t.Errorf("missing baseline: want exit 2 naming it; got %+v", got)
	}
	if got = run(t, d, dir, "-write-baseline", "x.txt", "-json", "./..."); got.code != ExitError {
		t.Errorf("-write-baseline -json: want exit 2; got %+v", got)
	}
}

// TestBaselineApplyCounts: a key found more often than recorded reports
// every finding of it (which one is new cannot be told); found less often,
// it is stale with both counts.
func TestBaselineApplyCounts(t *testing.T) {
	t.Parallel()
	root := filepath.FromSlash("/m")
	newFinding := func(line int, msg string) *finding {
		f := &finding{analyzer: "fake"}
		f.diag.Category, f.diag.Message = "rule", msg
		f.posn.Filename, f.posn.Line = filepath.Join(root, "p.go"), line
		return f
	}
	b, err := parseBaseline("b.txt", []byte("p.go: rule x2: same at q.go:3\np.go: rule x3: fewer\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := &results{modRoot: root, findings: []*finding{
		newFinding(1, "same at q.go:7"), newFinding(2, "same at q.go:8"), newFinding(3, "same at q.go:9"),
		newFinding(4, "fewer"),
	}}
	stale := b.apply(res)
	if len(res.findings) != 3 || res.findings[0].posn.Line != 1 || res.findings[2].posn.Line != 3 {
		t.Errorf("kept %d findings, want the three of the key found 3 times, recorded twice", len(res.findings))
	}
	if want := `p.go: rule: "fewer" (recorded 3 times, found 1)`; len(stale) != 1 || stale[0] != want {
		t.Errorf("stale = %q, want [%q]", stale, want)
	}
}

// TestBaselineQuotedRuleCountOne: a rule that must be quoted (it holds a
// space) reads back when it is written without a count, as with one.
func TestBaselineQuotedRuleCountOne(t *testing.T) {
	t.Parallel()
	for src, want := range map[string]int{
		"\"x.go\": \"a b\": msg\n":    1,
		"\"x.go\": \"a b\" x2: msg\n": 2,
		"x.go: \"a b\": msg\n":        1,
	} {
		b, err := parseBaseline("b.txt", []byte(src))
		if err != nil {
			t.Errorf("parseBaseline(%q): %v", src, err)
			continue
		}
		if got := b.counts[baselineKey{"x.go", "a b", "msg"}]; got != want {
			t.Errorf("parseBaseline(%q): count %d, want %d", src, got, want)
		}
	}
}

// TestBaselineSubset: a run over some of the packages names as stale
// only the entries of the files it analyzed, and those of files that no
// longer exist; never those of packages it did not load.
func TestBaselineSubset(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadP() {}
-- q/q.go --
package q

func BadQ() {}
-- q/gone.go --
package q

func BadGone() {}
-- r/r.go --
package r

func BadR() {}
`)
	d := newDriver()
	if got := run(t, d, dir, "-write-baseline", "base.txt", "./..."); got.code != ExitOK {
		t.Fatalf("-write-baseline: %+v", got)
	}
	// Fixed in p; q/gone.go deleted; r not analyzed.
	if err := os.WriteFile(filepath.Join(dir, "p", "p.go"), []byte("package p\n\nfunc GoodP() {}\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "q", "gone.go")); err != nil {
		t.Fatal(err)
	}
	got := run(t, d, dir, "-baseline", "base.txt", "./p")
	want := `fakelint: base.txt: 2 entries no longer occur (delete them, or write the baseline again): ` +
		`p/p.go: bad-func: "function BadP is bad"; q/gone.go: bad-func: "function BadGone is bad"` + "\n"
	if got.code != ExitOK || got.stderr != want {
		t.Errorf("-baseline over ./p: want exit 0 and\n%s\ngot %+v", want, got)
	}
}

// TestBaselineStaleBounded: many stale entries are named by their count
// and the first few, not in one unbounded line.
func TestBaselineStaleBounded(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	var buf strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&buf, "p/p.go: bad-func: function BadOld%04d is bad\n", i)
	}
	if err := os.WriteFile(filepath.Join(dir, "base.txt"), []byte(buf.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	got := run(t, newDriver(), dir, "-baseline", "base.txt", "./p")
	lines := strings.Split(strings.TrimSuffix(got.stderr, "\n"), "\n")
	stale := lines[len(lines)-1]
	wantStart := `fakelint: base.txt: 1000 entries no longer occur (delete them, or write the baseline again): ` +
		`p/p.go: bad-func: "function BadOld0000 is bad"; `
	wantEnd := `p/p.go: bad-func: "function BadOld0004 is bad"; and 995 more` + ""
	if !strings.HasPrefix(stale, wantStart) || !strings.HasSuffix(stale, wantEnd) || len(stale) > 1000 {
		t.Errorf("stale line (%d bytes):\n%.2000s\nwant it to start with\n%s\nand end with\n%s", len(stale), stale, wantStart, wantEnd)
	}
}
