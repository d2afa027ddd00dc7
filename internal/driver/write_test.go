package driver

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twoFiles is a module with a finding to fix in each of two files.
const twoFiles = `
-- p/a.go --
package p

func BadA() {}
-- p/b.go --
package p

func BadB() {}
`

// TestFixKeepsConcurrentEdit: a file saved (by an editor, another tool)
// after -fix read it and before -fix writes it keeps that edit: -fix
// leaves it alone, says so and exits 2; the other file is fixed.
func TestFixKeepsConcurrentEdit(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, twoFiles)
	a := filepath.Join(dir, "p", "a.go")
	for _, edit := range []string{
		"package p\n\nfunc BadA() {} // edited\n", // another size
		"package p\n\nfunc BadZ() {}\n",           // the same size
	} {
		if err := os.WriteFile(a, []byte("package p\n\nfunc BadA() {}\n"), 0o666); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "p", "b.go"), []byte("package p\n\nfunc BadB() {}\n"), 0o666); err != nil {
			t.Fatal(err)
		}
		d := newDriver()
		d.beforeWrite = func(name string) {
			if name == a {
				if err := os.WriteFile(a, []byte(edit), 0o666); err != nil {
					t.Error(err)
				}
			}
		}
		got := run(t, d, dir, "-fix", "./...")
		if got.code != ExitError || !strings.Contains(got.stderr, "fakelint: p/a.go changed while -fix ran: left as it is; run -fix again\n") {
			t.Errorf("edit %q: want exit 2 and p/a.go named; got %+v", edit, got)
		}
		if got := readFile(t, dir, "p/a.go"); got != edit {
			t.Errorf("edit %q: p/a.go lost the edit:\n%s", edit, got)
		}
		if got := readFile(t, dir, "p/b.go"); !strings.Contains(got, "GoodB") {
			t.Errorf("p/b.go not fixed:\n%s", got)
		}
		leftovers, _ := filepath.Glob(filepath.Join(dir, "p", ".*registrylint*"))
		if len(leftovers) > 0 {
			t.Errorf("temporary files left: %v", leftovers)
		}
	}
}

// TestFixSymlinks: -fix writes through a symbolic link whose target is in
// the main module, keeping the link, and refuses one that leads out of
// it, leaving both as they are (exit 2).
func TestFixSymlinks(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, twoFiles+`
-- shared/a.go.in --
package p

func BadA() {}
`)
	outside := filepath.Join(t.TempDir(), "b.go")
	if err := os.Rename(filepath.Join(dir, "p", "b.go"), outside); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"a.go": "../shared/a.go.in", "b.go": outside} {
		name := filepath.Join(dir, "p", link)
		if err := os.Remove(name); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if err := os.Symlink(target, name); err != nil {
			t.Fatal(err)
		}
	}
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitError || !strings.Contains(got.stderr, "fakelint: p/b.go is a symbolic link to "+outside+", outside the main module; left unchanged\n") {
		t.Errorf("want exit 2 and p/b.go refused; got %+v", got)
	}
	for _, link := range []string{"a.go", "b.go"} {
		if fi, err := os.Lstat(filepath.Join(dir, "p", link)); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("p/%s is no longer a symbolic link (%v, %v)", link, fi.Mode(), err)
		}
	}
	if got := readFile(t, dir, "shared/a.go.in"); !strings.Contains(got, "GoodA") {
		t.Errorf("the target of p/a.go is not fixed:\n%s", got)
	}
	if data, _ := os.ReadFile(outside); !strings.Contains(string(data), "BadB") {
		t.Errorf("the target outside the module was written:\n%s", data)
	}
}

// TestFixHardLinksAndModes: a file with another hard link is written in
// place, so that both names keep one content, and -fix says so; every mode
// bit (setuid, setgid, sticky) is kept.
func TestFixHardLinksAndModes(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, twoFiles)
	a, b := filepath.Join(dir, "p", "a.go"), filepath.Join(dir, "p", "b.go")
	backup := filepath.Join(dir, "a.go.orig")
	if err := os.Link(a, backup); err != nil {
		t.Fatal(err)
	}
	modes := map[string]fs.FileMode{a: 0o640 | fs.ModeSetgid, b: 0o750 | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky}
	for name, mode := range modes {
		if err := os.Chmod(name, mode); err != nil {
			t.Fatal(err)
		}
	}
	got := run(t, newDriver(), dir, "-fix", "./...")
	if got.code != ExitOK || got.stderr != "fakelint: p/a.go has 1 other hard link: written in place to keep it\n" {
		t.Errorf("want exit 0 and the hard link named; got %+v", got)
	}
	if got := readFile(t, dir, "a.go.orig"); !strings.Contains(got, "GoodA") {
		t.Errorf("the hard link a.go.orig was split from p/a.go:\n%s", got)
	}
	for name, mode := range modes {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != mode {
			t.Errorf("%s: mode %v, want %v", name, fi.Mode(), mode)
		}
		if data, _ := os.ReadFile(name); !strings.Contains(string(data), "Good") {
			t.Errorf("%s not fixed:\n%s", name, data)
		}
	}
}

// TestWriteBaselineLinks: -write-baseline writes through a symbolic link
// into the module and into a file with other hard links, keeping them and
// every mode bit; a link that leads out of the module, even to a file
// that does not exist, is refused (exit 2) and nothing is written there.
func TestWriteBaselineLinks(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, basicModule)
	if err := os.WriteFile(filepath.Join(dir, "real.txt"), []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "real.txt"), 0o640|fs.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", filepath.Join(dir, "base.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(dir, "real.txt"), filepath.Join(dir, "other.txt")); err != nil {
		t.Fatal(err)
	}
	got := run(t, newDriver(), dir, "-write-baseline", "base.txt", "./...")
	if got.code != ExitOK || !strings.Contains(got.stderr, "fakelint: base.txt has 1 other hard link: written in place to keep it\n") {
		t.Errorf("-write-baseline through a link: %+v", got)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "base.txt")); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("base.txt is no longer a symbolic link (%v)", err)
	}
	for _, name := range []string{"real.txt", "other.txt"} {
		if got := readFile(t, dir, name); !strings.Contains(got, "function BadThing is bad") {
			t.Errorf("%s not written:\n%s", name, got)
		}
	}
	if fi, _ := os.Stat(filepath.Join(dir, "real.txt")); fi.Mode() != 0o640|fs.ModeSetgid {
		t.Errorf("real.txt: mode %v, want %v", fi.Mode(), 0o640|fs.ModeSetgid)
	}

	outside := t.TempDir()
	for _, target := range []string{filepath.Join(outside, "exists.txt"), filepath.Join(outside, "missing.txt")} {
		if strings.HasSuffix(target, "exists.txt") {
			if err := os.WriteFile(target, []byte("keep\n"), 0o666); err != nil {
				t.Fatal(err)
			}
		}
		link := filepath.Join(dir, "out.txt")
		os.Remove(link)
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		got := run(t, newDriver(), dir, "-write-baseline", "out.txt", "./...")
		if got.code != ExitError || !strings.Contains(got.stderr, "fakelint: -write-baseline: out.txt is a symbolic link to "+target+", outside the main module; not written\n") {
			t.Errorf("link to %s: want exit 2 and a refusal; got %+v", target, got)
		}
		if data, err := os.ReadFile(target); strings.HasSuffix(target, "missing.txt") != os.IsNotExist(err) || strings.Contains(string(data), "BadThing") {
			t.Errorf("link to %s: the target was written (%v):\n%s", target, err, data)
		}
	}
}
