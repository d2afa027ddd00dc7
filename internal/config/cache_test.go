package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCacheLoadsOnce checks that a Cache decodes a file once, under any
// of its names, while errors name the file as asked for.
func TestCacheLoadsOnce(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	file := filepath.Join(dir, "cfg.yml")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("disable: [dynamic-name]\n")
	var c Cache
	first, err := c.Load("cfg.yml")
	if err != nil {
		t.Fatal(err)
	}
	write("disable: [no-such-rule]\n") // not read again
	for _, name := range []string{"cfg.yml", file, "./cfg.yml"} {
		if cfg, err := c.Load(name); err != nil || cfg != first {
			t.Errorf("Load(%q) = %p, %v; want the first load's %p", name, cfg, err, first)
		}
	}
	// Two Resolvers of one run share the Cache's configuration.
	r1, r2 := &Resolver{Cache: &c}, &Resolver{Cache: &c, File: "cfg.yml"}
	if cfg, _ := r1.Load(file); cfg != first {
		t.Errorf("Resolver.Load through the shared Cache decoded the file again")
	}
	if err := r2.Preflight(false); err != nil {
		t.Errorf("Preflight: %v", err)
	}

	var fresh Cache
	_, err = fresh.Load("cfg.yml")
	if err == nil || !strings.HasPrefix(err.Error(), "cfg.yml:1: disable[0]: unknown rule") {
		t.Errorf("Load(relative) error = %v, want it to name cfg.yml:1", err)
	}
	_, err = fresh.Load(file)
	if err == nil || !strings.HasPrefix(err.Error(), file+":1: disable[0]: unknown rule") {
		t.Errorf("Load(absolute) error = %v, want it to name %s:1", err, file)
	}
	if _, err := fresh.Load("nosuch.yml"); err == nil || err.Error() != "config: open nosuch.yml: no such file or directory" {
		t.Errorf("Load(nosuch.yml) error = %v", err)
	}
}

// TestResolverFiles checks the files a run may read: -config's, and the
// discovered ones.
func TestResolverFiles(t *testing.T) {
	root := t.TempDir()
	for name, data := range map[string]string{
		"go.mod":               "module example.com/m\n",
		".registrylint.yml":    "",
		"sub/registrylint.yml": "",
		"sub/x/x.go":           "package x\n",
		"other.yml":            "",
	} {
		f := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	r := &Resolver{File: "other.yml"}
	got := r.Files(root, []string{filepath.Join(root, "sub/x"), root})
	want := []string{filepath.Join(root, "other.yml"), filepath.Join(root, ".registrylint.yml"), filepath.Join(root, "sub/registrylint.yml")}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Files = %v, want %v", got, want)
	}
}
