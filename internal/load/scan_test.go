package load

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestFileScanner: a module-cache directory without the marker is
// remembered across runs (its files are not read again); one with the
// marker, and any directory outside the module cache, are read every
// time.
func TestFileScanner(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	modDir := filepath.Join(root, "mod", "example.com", "dep@v1.0.0")
	mod := &packages.Module{Path: "example.com/dep", Version: "v1.0.0", Dir: modDir}
	main := &packages.Module{Path: "example.com/app", Main: true, Dir: filepath.Join(root, "app")}
	clean := &packages.Package{ID: "clean", Module: mod, GoFiles: []string{write("mod/example.com/dep@v1.0.0/clean/a.go", "package clean\n")}}
	// The marker in a file of another build (a _test.go file, another
	// GOOS) keeps the directory out of the cache, but the package's
	// own files decide.
	write("mod/example.com/dep@v1.0.0/clean/a_test.go", "package clean\n// x registrylint: y\n")
	marked := &packages.Package{ID: "marked", Module: mod, GoFiles: []string{write("mod/example.com/dep@v1.0.0/marked/m.go", "package marked\n//registrylint:adapter\n")}}
	local := &packages.Package{ID: "local", Module: main, GoFiles: []string{write("app/local/l.go", "package local\n")}}
	pkgs := []*packages.Package{clean, marked, local}
	cache := filepath.Join(root, "cache")

	got := NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || got[local] {
		t.Fatalf("first scan: %v, want only marked", got)
	}
	if _, err := os.Stat(filepath.Join(cache, "dirs")); err == nil {
		t.Fatalf("no directory was clean, but the cache was written")
	}

	os.Remove(filepath.Join(root, "mod/example.com/dep@v1.0.0/clean/a_test.go"))
	got = NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || got[local] {
		t.Fatalf("second scan: %v, want only marked", got)
	}
	data, err := os.ReadFile(filepath.Join(cache, "dirs"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(modDir, "clean") + "\n"; string(data) != want {
		t.Fatalf("cache file %q, want %q", data, want)
	}

	// Remembered: the clean directory is not read again (a module-cache
	// directory never changes; here it does, to show it is not read).
	// The local package is read again, and now holds the marker.
	write("mod/example.com/dep@v1.0.0/clean/a.go", "package clean\n//registrylint:adapter\n")
	write("app/local/l.go", "package local\n//registrylint:adapter\n")
	got = NewFileScanner("registrylint:", cache, "dirs").ContainsAll(pkgs)
	if got[clean] || !got[marked] || !got[local] {
		t.Fatalf("third scan: %v, want marked and local", got)
	}
	// Without a cache, everything is read.
	got = NewFileScanner("registrylint:", "", "").ContainsAll(pkgs)
	if !got[clean] || !got[marked] || !got[local] {
		t.Fatalf("scan without cache: %v, want all three", got)
	}
}
