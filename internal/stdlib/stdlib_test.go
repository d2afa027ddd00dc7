package stdlib

import (
	"go/build"
	"path/filepath"
	"testing"
)

func TestIsPath(t *testing.T) {
	for path, want := range map[string]bool{
		"fmt":                            true,
		"net/http":                       true,
		"internal/abi":                   true,
		"myapp/x":                        true, // by form only
		"example.com/m":                  false,
		"golang.org/x/tools/go/packages": false,
		"github.com/a/b.c":               false,
	} {
		if got := IsPath(path); got != want {
			t.Errorf("IsPath(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestHasFile(t *testing.T) {
	goroot := build.Default.GOROOT
	if goroot == "" {
		t.Skip("no GOROOT")
	}
	for name, want := range map[string]bool{
		filepath.Join(goroot, "src", "fmt", "print.go"): true,
		filepath.Join(goroot, "srcx", "p.go"):           false,
		filepath.Join(goroot, "pkg", "p.go"):            false,
		filepath.Join("src", "fmt", "print.go"):         false,
	} {
		if got := HasFile(name); got != want {
			t.Errorf("HasFile(%q) = %v, want %v", name, got, want)
		}
	}
}
