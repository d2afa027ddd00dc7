package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFix(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadOne() {}

func BadTwo() {}

func SpaceyThing() {}
-- p/p_test.go --
package p

func BadTest() {}
-- q/q.go --
package q

func Q() {}
`)
	before := readFile(t, dir, "q/q.go")
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitOK || got.stderr != "" || got.stdout != "" {
		t.Errorf("-fix = %+v, want exit 0 (every finding fixed) and no output", got)
	}
	// Fixed, and gofmt-formatted (the Spacey fix is not).
	want := `package p

func GoodOne() {}

func GoodTwo() {}

func Spaced() {
	return
}
`
	if got := readFile(t, dir, "p/p.go"); got != want {
		t.Errorf("p/p.go:\n%s\nwant:\n%s", got, want)
	}
	if got := readFile(t, dir, "p/p_test.go"); !strings.Contains(got, "func GoodTest()") {
		t.Errorf("p/p_test.go not fixed:\n%s", got)
	}
	if got := readFile(t, dir, "q/q.go"); got != before {
		t.Errorf("q/q.go changed:\n%s", got)
	}
	if got := run(t, newDriver(), dir, "./..."); got.code != ExitOK {
		t.Errorf("after -fix: exit %d, stderr:\n%s", got.code, got.stderr)
	}
}

func TestFixLeavesUnfixable(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadOne() {}

func Unfixable() {}
`)
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitFindings {
		t.Errorf("exit code = %d, want 1", got.code)
	}
	if want := "p/p.go:5:6: function Unfixable cannot be fixed (unfixable)\n"; got.stderr != want {
		t.Errorf("stderr = %q, want only the finding left: %q", got.stderr, want)
	}
	if got := readFile(t, dir, "p/p.go"); !strings.Contains(got, "func GoodOne()") {
		t.Errorf("not fixed:\n%s", got)
	}

	// -fix -json prints what is left, as JSON.
	got = run(t, newDriver(), dir, "-fix", "-json", "./...")
	if got.code != ExitFindings || !strings.Contains(got.stdout, `"category": "unfixable"`) || strings.Contains(got.stdout, "bad-func") {
		t.Errorf("-fix -json = %+v", got)
	}
}

func TestFixConflict(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func TwiceThing() {}
`)
	got := run(t, newDriver(), dir, "-fix", "./...")
	// The analysis runs again on the fixed file: TwiceThing is gone, and
	// with it the finding whose fix was skipped.
	if got.code != ExitOK {
		t.Errorf("exit code = %d, want 0 (nothing left after the first fix)", got.code)
	}
	// twice-a sorts first and wins; twice-b is skipped.
	if got := readFile(t, dir, "p/p.go"); !strings.Contains(got, "func OnceA()") {
		t.Errorf("p/p.go:\n%s\nwant the first fix applied", got)
	}
	wantWarning := `fakelint: warning: p/p.go:3:6: fix "rename to OnceB" skipped: it overlaps the fix for p/p.go:3:6; run again to apply it`
	if !strings.Contains(got.stderr, wantWarning) {
		t.Errorf("stderr:\n%s\nwant the warning:\n%s", got.stderr, wantWarning)
	}
	if strings.Contains(got.stderr, "(twice-b)") {
		t.Errorf("stderr lists a finding of the code before the fix:\n%s", got.stderr)
	}
}

func TestFixIdenticalAndAdjacentEdits(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func StampOne() {}

func StampTwo() {}

func NoteA() {}

func NoteB() {}
`)
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitOK || got.stderr != "" {
		t.Errorf("-fix = %+v, want exit 0 and no warning", got)
	}
	// The identical "// stamped" insertions are made once; the two
	// different insertions at the same offset are both made, in order.
	want := `// stamped
// note: NoteA
// note: NoteB
package p

func StampedOne() {}

func StampedTwo() {}

func NoteA() {}

func NoteB() {}
`
	if got := readFile(t, dir, "p/p.go"); got != want {
		t.Errorf("p/p.go:\n%s\nwant:\n%s", got, want)
	}
}

func TestFixInvalidResult(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BrokenThing() {}
-- q/q.go --
package q

func BadQ() {}
`)
	before := readFile(t, dir, "p/p.go")
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitFindings {
		t.Errorf("exit code = %d, want 1", got.code)
	}
	if got := readFile(t, dir, "p/p.go"); got != before {
		t.Errorf("p/p.go was written:\n%s", got)
	}
	if !strings.Contains(got.stderr, "warning: the fixes of p/p.go do not produce valid Go; file left unchanged") ||
		!strings.Contains(got.stderr, "(broken)") {
		t.Errorf("stderr:\n%s", got.stderr)
	}
	if got := readFile(t, dir, "q/q.go"); !strings.Contains(got, "GoodQ") {
		t.Errorf("q/q.go not fixed:\n%s", got)
	}
}

func TestDiff(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadOne() {}

func Unfixable() {}
`)
	before := readFile(t, dir, "p/p.go")
	got := run(t, newDriver(), dir, "-diff", "./...")
	want := `--- a/p/p.go
+++ b/p/p.go
@@ -1,5 +1,5 @@
 package p
 
-func BadOne() {}
+func GoodOne() {}
 
 func Unfixable() {}
`
	if got.stdout != want {
		t.Errorf("-diff stdout:\n%s\nwant:\n%s", got.stdout, want)
	}
	if got := readFile(t, dir, "p/p.go"); got != before {
		t.Errorf("-diff wrote p/p.go:\n%s", got)
	}
	// Nothing is fixed: every finding is listed and counts.
	if got.code != ExitFindings || !strings.Contains(got.stderr, "(bad-func)") || !strings.Contains(got.stderr, "(unfixable)") {
		t.Errorf("-diff: exit %d, stderr:\n%s", got.code, got.stderr)
	}
}

func TestFixSkipsGeneratedFiles(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/gen.go --
// Code generated by hand for this test. DO NOT EDIT.

package p

func BadGenerated() {}
-- p/p.go --
package p

func BadOne() {}
`)
	before := readFile(t, dir, "p/gen.go")
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitFindings {
		t.Errorf("exit code = %d, want 1 (the generated file's finding is left)", got.code)
	}
	if got := readFile(t, dir, "p/gen.go"); got != before {
		t.Errorf("p/gen.go was written:\n%s", got)
	}
	if got := readFile(t, dir, "p/p.go"); !strings.Contains(got, "GoodOne") {
		t.Errorf("p/p.go not fixed:\n%s", got)
	}
	want := `fakelint: warning: p/gen.go:5:6: fix "rename to GoodGenerated" not applied: it edits the generated file p/gen.go
p/gen.go:5:6: function BadGenerated is bad (bad-func)
`
	if got.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got.stderr, want)
	}
}

// TestFixKeepsBytes: -fix changes only the declarations it edits: a
// byte-order mark, CRLF line endings and the formatting of the rest of
// the file stay as they were.
func TestFixKeepsBytes(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, "-- p/p.go --\n")
	src := "\ufeffpackage p\r\n\r\nvar  untouched   =  1 // not gofmt-clean, not ours to change\r\n\r\nfunc BadThing() {}\r\n"
	name := filepath.Join(dir, "p", "p.go")
	if err := os.WriteFile(name, []byte(src), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, 0o640); err != nil {
		t.Fatal(err)
	}
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitOK {
		t.Fatalf("-fix = %+v", got)
	}
	want := strings.Replace(src, "BadThing", "GoodThing", 1)
	if after := readFile(t, dir, "p/p.go"); after != want {
		t.Errorf("after -fix:\n%q\nwant:\n%q", after, want)
	}
	if info, err := os.Stat(name); err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("mode after -fix: %v, %v; want 0640", info.Mode(), err)
	}
}

// TestFixPositionsAfterFix: the findings that -fix leaves are printed at
// their positions in the fixed files.
func TestFixPositionsAfterFix(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func NoteOne() {}

func Unfixable() {}
`)
	got := run(t, newDriver(), dir, "-fix", "./...")
	// The note inserted above the package clause moves Unfixable from
	// line 5 to line 6.
	if want := "p/p.go:6:6: function Unfixable cannot be fixed (unfixable)\n"; got.code != ExitFindings || got.stderr != want {
		t.Errorf("-fix = %+v, want exit 1 and %q", got, want)
	}
}

// TestFixOnlyMainModule: files outside the main module (here a replace
// target beside it) are never edited; their fixes are reported skipped.
func TestFixOnlyMainModule(t *testing.T) {
	t.Parallel()
	root := writeModule(t, `
-- main/go.mod --
module example.com/m

go 1.24

require example.com/other v0.0.0

replace example.com/other => ../other
-- main/p/p.go --
package p

import _ "example.com/other/q"

func BadMain() {}
-- other/go.mod --
module example.com/other

go 1.24
-- other/q/q.go --
package q

func BadOther() {}
`)
	before := readFile(t, root, "other/q/q.go")
	got := run(t, newDriver(), filepath.Join(root, "main"), "-fix", "./...", "example.com/other/...")
	if after := readFile(t, root, "other/q/q.go"); after != before {
		t.Errorf("-fix edited the replace target:\n%s", after)
	}
	if !strings.Contains(readFile(t, root, "main/p/p.go"), "func GoodMain()") {
		t.Errorf("-fix did not fix the main module")
	}
	if !strings.Contains(got.stderr, "which is outside the main module") || !strings.Contains(got.stderr, "function BadOther is bad (bad-func)") || got.code != ExitFindings {
		t.Errorf("-fix = %+v, want the skipped fix reported and its finding left (exit 1)", got)
	}
}

// TestDiffFromSubdirectory: -diff names files relative to the working
// directory (for patch -p1 there), and files outside it by their absolute
// path, never a/../x.
func TestDiffFromSubdirectory(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadP() {}
-- q/q.go --
package q

func BadQ() {}
`)
	got := run(t, newDriver(), filepath.Join(dir, "p"), "-diff", "../...")
	if got.code != ExitFindings || strings.Contains(got.stdout, "/../") || strings.Contains(got.stdout, "a/..") {
		t.Fatalf("-diff = %+v", got)
	}
	if !strings.Contains(got.stdout, "--- a/p.go\n+++ b/p.go\n") {
		t.Errorf("-diff lacks the header of p.go relative to the working directory:\n%s", got.stdout)
	}
	q := filepath.Join(dir, "q", "q.go")
	if !strings.Contains(got.stdout, "--- "+q+"\n+++ "+q+"\n") {
		t.Errorf("-diff lacks the absolute header of q.go, outside the working directory:\n%s", got.stdout)
	}
}
