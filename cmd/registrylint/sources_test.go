package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
)

// TestFactSources: in the module of TestLoadModesAgree, the fact sources
// are the packages with a directive (reg, app/wire) and those a
// discovered configuration names (lib, app/wire); not the plain
// dependency lib/util, not the standard library, not the other roots.
func TestFactSources(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	t.Setenv("REGISTRYLINT_CACHE", "off")
	root := t.TempDir()
	writeTree(t, root, loadModesTree)
	dir := filepath.Join(root, "app")
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule, Dir: dir}
	roots, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	var sources, all []string
	for p, ok := range factSources(analyzer.New(nil), new(config.Cache))(dir, roots) {
		if ok {
			sources = append(sources, p.PkgPath)
		}
	}
	for p := range packages.Postorder(roots) {
		all = append(all, p.PkgPath)
	}
	slices.Sort(sources)
	want := []string{"example.com/app/wire", "example.com/lib", "example.com/reg"}
	if !slices.Equal(sources, want) {
		t.Errorf("fact sources %v, want %v (of %s)", sources, want, strings.Join(all, " "))
	}
}
