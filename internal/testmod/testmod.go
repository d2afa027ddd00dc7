// Package testmod writes small Go modules for tests of the loading and
// driver packages.
package testmod

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

// Write writes the files of the txtar archive src into a new temporary
// directory of t, with a go.mod for module example.com/m unless src has
// one, and returns the directory.
func Write(t testing.TB, src string) string {
	t.Helper()
	dir := t.TempDir()
	ar := txtar.Parse([]byte(src))
	hasMod := false
	for _, f := range ar.Files {
		if f.Name == "go.mod" {
			hasMod = true
		}
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if !hasMod {
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.24\n"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
