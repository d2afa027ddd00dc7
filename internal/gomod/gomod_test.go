package gomod

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"a/b/c", "a/nested/d", "a/dirmod/go.mod"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o777); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a/go.mod", "a/nested/go.mod"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("module m\n"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ dir, want string }{
		{"a", "a"},
		{"a/b/c", "a"},
		{"a/nested/d", "a/nested"},
		{"a/dirmod", "a"}, // a directory named go.mod makes no module
	} {
		if got := Root(filepath.Join(dir, tc.dir)); got != filepath.Join(dir, tc.want) {
			t.Errorf("Root(%s) = %s, want %s", tc.dir, got, filepath.Join(dir, tc.want))
		}
	}
}

func TestWithin(t *testing.T) {
	sep := string(filepath.Separator)
	root := filepath.Join(sep, "m")
	for _, tc := range []struct {
		path, dir string
		want      bool
	}{
		{root, root, true},
		{filepath.Join(root, "p", "p.go"), root, true},
		{filepath.Join(root, "..x", "p.go"), root, true}, // a directory named "..x"
		{root + "x", root, false},                        // a sibling sharing a prefix
		{filepath.Dir(root), root, false},
		{filepath.Join(root, "..", "n"), root, false},
		{filepath.Join("m", "p.go"), root, false}, // relative
		{filepath.Join(root, "p.go"), sep, true},  // below the file system's root
	} {
		if got := Within(tc.path, tc.dir); got != tc.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tc.path, tc.dir, got, tc.want)
		}
	}
}
