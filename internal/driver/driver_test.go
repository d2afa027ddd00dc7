package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const basicModule = `
-- p/p.go --
// Package p has findings.
package p

func BadThing() {}

func fine() {}

func Unfixable() {}
-- p/p_test.go --
package p

import "testing"

func BadTest(t *testing.T) {}
-- q/q.go --
// Package q is clean.
package q

func Q() {}
`

func TestText(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	got := run(t, newDriver(), dir, "./...")
	if got.code != ExitFindings {
		t.Errorf("exit code = %d, want %d; stderr:\n%s", got.code, ExitFindings, got.stderr)
	}
	if got.stdout != "" {
		t.Errorf("stdout = %q, want nothing (text goes to stderr)", got.stdout)
	}
	// Sorted by file, line, column; the findings of p.go, loaded twice
	// (p and p [p.test]), are printed once.
	want := `p/p.go:4:6: function BadThing is bad (bad-func)
p/p.go:8:6: function Unfixable cannot be fixed (unfixable)
p/p_test.go:5:6: function BadTest is bad (bad-func)
`
	if got.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got.stderr, want)
	}
}

func TestClean(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	got := run(t, newDriver(), dir, "./q")
	if got.code != ExitOK || got.stdout != "" || got.stderr != "" {
		t.Errorf("run = %+v, want exit 0 and no output", got)
	}
}

func TestTestFlag(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	got := run(t, newDriver(), dir, "-test=false", "./...")
	if strings.Contains(got.stderr, "p_test.go") {
		t.Errorf("-test=false reported a test file:\n%s", got.stderr)
	}
	if !strings.Contains(got.stderr, "BadThing") || got.code != ExitFindings {
		t.Errorf("-test=false: exit %d, stderr:\n%s", got.code, got.stderr)
	}
}

func TestRelativePaths(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	// From a subdirectory, ../p/p.go is shorter than the absolute path.
	got := run(t, newDriver(), filepath.Join(dir, "q"), "-test=false", "../p")
	if !strings.HasPrefix(got.stderr, filepath.FromSlash("../p/p.go:4:6: ")) {
		t.Errorf("stderr does not start with a relative path:\n%s", got.stderr)
	}
}

func TestContext(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	got := run(t, newDriver(), dir, "-test=false", "-c=1", "./p")
	want := `p/p.go:4:6: function BadThing is bad (bad-func)
3	
4	func BadThing() {}
5	
p/p.go:8:6: function Unfixable cannot be fixed (unfixable)
7	
8	func Unfixable() {}
9	
`
	if got.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got.stderr, want)
	}
}

func TestTags(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p
-- p/special.go --
//go:build special

package p

func BadSpecial() {}
`)
	if got := run(t, newDriver(), dir, "./..."); got.code != ExitOK {
		t.Errorf("without -tags: exit %d, stderr:\n%s", got.code, got.stderr)
	}
	if got := run(t, newDriver(), dir, "-tags=special", "./..."); got.code != ExitFindings || !strings.Contains(got.stderr, "BadSpecial") {
		t.Errorf("-tags=special: exit %d, stderr:\n%s", got.code, got.stderr)
	}
}

func TestAnalyzerFlag(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func UglyThing() {}
`)
	got := run(t, newDriver(), dir, "-prefix=Ugly", "./...")
	if want := "p/p.go:3:6: function UglyThing is bad (bad-func)\n"; got.stderr != want {
		t.Errorf("stderr = %q, want %q", got.stderr, want)
	}
}

func TestProgram(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- a/a.go --
package a

func LonelyOne() {}

func LonelyTwo() {}
-- a/a_test.go --
package a
-- b/b.go --
package b

func FriendTwo() {}
`)
	d := newDriver()
	got := run(t, d, dir, "./...")
	// LonelyOne is in the results of a and of a [a.test]: once.
	if want := "a/a.go:3:6: function LonelyOne has no friend in the program (lonely)\n"; got.stderr != want || got.code != ExitFindings {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", got.code, got.stderr, want)
	}

	// Without b, LonelyTwo has no friend either.
	got = run(t, newDriver(), dir, "./a")
	if !strings.Contains(got.stderr, "LonelyTwo") {
		t.Errorf("./a: stderr:\n%s\nwant LonelyTwo reported", got.stderr)
	}

	// In JSON, under the package of the file and the analyzer's name.
	got = run(t, newDriver(), dir, "-json", "./...")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(got.stdout), &tree); err != nil {
		t.Fatalf("%v\n%s", err, got.stdout)
	}
	if diags := tree["example.com/m/a"]["fake"]; len(diags) != 1 || diags[0].Category != "lonely" || diags[0].URL != fakeURL+"lonely" {
		t.Errorf("-json: %s", got.stdout)
	}
	if got.code != ExitFindings {
		t.Errorf("-json: exit %d, want 1", got.code)
	}
}

func TestProgramCheckSkipsNil(t *testing.T) {
	var got []*fakeSummary
	p := ProgramCheck(newFake(), func(s []*fakeSummary) []analysis.Diagnostic {
		got = s
		return nil
	})
	p.Check([]any{&fakeSummary{}, (*fakeSummary)(nil), "other"})
	if len(got) != 1 || got[0] == nil {
		t.Errorf("check received %v, want one non-nil summary", got)
	}
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule+`
-- broken/broken.go --
package broken

var N int = "not an int"
-- crash/crash.go --
package crash

func Crash() {}
`)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // substring
	}{
		{"bad flag", []string{"-bogus", "./q"}, ExitError, "flag provided but not defined: -bogus"},
		{"bad analyzer flag value", []string{"-c=x", "./q"}, ExitError, "invalid value"},
		{"no packages", nil, ExitError, "no packages given"},
		{"json and sarif", []string{"-json", "-sarif", "./q"}, ExitError, "cannot be combined"},
		{"diff and json", []string{"-diff", "-json", "./q"}, ExitError, "cannot be combined"},
		{"bad -V", []string{"-V=short"}, ExitError, "unsupported flag value"},
		{"type error", []string{"./broken"}, ExitError, `broken/broken.go:3:13: cannot use "not an int"`},
		{"missing package", []string{"./nosuch"}, ExitError, "nosuch"},
		{"no match", []string{"example.com/m/nosuch/..."}, ExitError, "matched no packages"},
		{"analyzer error", []string{"./crash"}, ExitError, "crash requested"},
		{"clean", []string{"./q"}, ExitOK, ""},
		{"findings", []string{"./p"}, ExitFindings, "BadThing"},
		{"findings json", []string{"-json", "./p"}, ExitFindings, ""},
		{"findings sarif", []string{"-sarif", "./p"}, ExitFindings, ""},
		{"clean json", []string{"-json", "./q"}, ExitOK, ""},
		{"clean sarif", []string{"-sarif", "./q"}, ExitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := run(t, newDriver(), dir, tc.args...)
			if got.code != tc.code {
				t.Errorf("exit code = %d, want %d; stderr:\n%s", got.code, tc.code, got.stderr)
			}
			if !strings.Contains(got.stderr, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, got.stderr)
			}
		})
	}
}

func TestSetup(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	d := newDriver()
	var prefix string
	d.Setup = func() error {
		prefix = d.Analyzers[0].Flags.Lookup("prefix").Value.String()
		return errorString("bad configuration: unknown key \"x\"")
	}
	got := run(t, d, dir, "-prefix=Zzz", "./...")
	if got.code != ExitError || got.stderr != "fakelint: bad configuration: unknown key \"x\"\n" {
		t.Errorf("run = %+v, want exit 2 and the setup error", got)
	}
	if prefix != "Zzz" {
		t.Errorf("setup saw -prefix=%q, want the parsed value", prefix)
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

func TestHelpAndVersion(t *testing.T) {
	t.Parallel()
	d := newDriver()
	got := run(t, d, "", "-help")
	for _, want := range []string{"fakelint: report functions with bad names", "Usage: fakelint [flags] packages", "bad-func", "-prefix", "-sarif", "Exit status"} {
		if !strings.Contains(got.stdout, want) {
			t.Errorf("-help output lacks %q:\n%s", want, got.stdout)
		}
	}
	if got.code != ExitOK {
		t.Errorf("-help: exit %d", got.code)
	}
	if got := run(t, d, "", "-V"); got.stdout != "fakelint version v1.2.3\n" || got.code != ExitOK {
		t.Errorf("-V = %+v", got)
	}
	got = run(t, d, "", "-V=full")
	f := strings.Fields(got.stdout)
	// The go command checks exactly this (cmd/go/internal/work.toolID).
	if got.code != ExitOK || len(f) < 3 || f[1] != "version" || !strings.Contains(f[2], "devel") || !strings.HasPrefix(f[len(f)-1], "buildID=") {
		t.Errorf("-V=full = %+v", got)
	}
}

func TestIsVetInvocation(t *testing.T) {
	dir := t.TempDir()
	vetCfg := filepath.Join(dir, "vet.cfg")
	userCfg := filepath.Join(dir, "x.cfg")
	if err := os.WriteFile(vetCfg, []byte(`{"ID":"example.com/a","Compiler":"gc","Dir":"/src/a","ImportPath":"example.com/a","GoFiles":["/src/a/a.go"]}`), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(userCfg, []byte("registries:\n  - adapter: a.B\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{vetCfg}, true},
		{[]string{"-config=x.yml", "-json", vetCfg}, true},
		{[]string{"-flags"}, true},
		{[]string{"--flags"}, true},
		{[]string{"./..."}, false},
		{[]string{"-V=full"}, false}, // answered by Run itself
		{[]string{"-config", "x.cfg", "./..."}, false},
		{[]string{"-config", userCfg}, false},             // a user's config whose name ends in .cfg
		{[]string{filepath.Join(dir, "none.cfg")}, false}, // no such file
		{nil, false},
	} {
		if got := IsVetInvocation(tc.args); got != tc.want {
			t.Errorf("IsVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
