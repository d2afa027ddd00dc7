package main

import (
	"os/exec"
	"strings"
	"testing"
)

// layers ranks every package of the module: a package may import only
// packages of a lower rank, so that arrows point one way, down (see
// docs/layout.md). A package missing here fails the test: say where a new
// one belongs.
var layers = map[string]int{
	"internal/rules":       0, // rule IDs and their documentation
	"internal/gomod":       0, // module roots
	"internal/newline":     0, // a file's line ending
	"internal/escape":      0, // repository strings made safe to print
	"internal/corpus":      0, // benchmark corpora
	"internal/nopanalyzer": 0, // the benchmark baseline
	"internal/testmod":     0, // modules written by tests
	"internal/stdlib":      1, // is it the standard library
	"internal/config":      2, // the configuration and which one applies
	"internal/load":        2, // loading packages
	"internal/directive":   3, // //registrylint: comments
	"internal/driver":      3, // running analyzers, printing results
	"internal/model":       4, // the registry model, a fact-only analyzer
	"internal/edit":        5, // registrations written like their siblings
	"analyzer":             6, // the rules
	"internal/inventory":   7, // registrylint list
	"internal/scaffold":    8, // registrylint new
	"internal/discover":    8, // registrylint init
	"plugin":               9, // golangci-lint
	"cmd/registrylint":     10,
}

// TestLayers checks the import graph of the module's non-test code
// against layers.
func TestLayers(t *testing.T) {
	const module = "github.com/registrylint/registrylint/"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, module+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(fields[0], module)
		rank, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s has no layer: add it to layers", pkg)
			continue
		}
		for _, imp := range fields[1:] {
			dep, ok := strings.CutPrefix(imp, module)
			if !ok {
				continue
			}
			if r, known := layers[dep]; known && r >= rank {
				t.Errorf("%s (layer %d) imports %s (layer %d): arrows must point down", pkg, rank, dep, r)
			}
		}
	}
}
