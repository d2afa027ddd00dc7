package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// update rewrites the list goldens from the command's output: review the
// diff before committing it.
var update = flag.Bool("update", false, "rewrite testdata/list goldens")

// TestList compares `registrylint list` on the bundled example with the
// goldens in testdata/list, in every format.
func TestList(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"example.txt", nil},
		{"example.json", []string{"-json"}},
		{"example.md", []string{"-format", "markdown"}},
		{"example.mmd", []string{"-format", "mermaid"}},
	} {
		args := append(append([]string{"list"}, tc.args...), "./...")
		got := registrylint(t, dir, args...)
		if *update && got.code == 0 {
			if err := os.WriteFile(filepath.Join("testdata", "list", tc.golden), []byte(got.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(filepath.Join("testdata", "list", tc.golden))
		if err != nil {
			t.Fatal(err)
		}
		if got.code != 0 || got.stdout != string(want) {
			t.Errorf("registrylint %s: exit %d, stderr %q\n got:\n%s\nwant (testdata/list/%s):\n%s", strings.Join(args, " "), got.code, got.stderr, got.stdout, tc.golden, want)
		}
	}
}

// TestListMatchesRuntime: the distinct names that list counts as
// registered are what the example's registry holds at run time (go run .
// lists them; mimic.Mimic loses its name to kokoro there).
func TestListMatchesRuntime(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	got := registrylint(t, dir, "list", "-json", "./...")
	var inv struct {
		Registries []struct {
			Names    int
			Adapters []struct {
				Name       string
				Registered bool
			}
		}
	}
	if err := json.Unmarshal([]byte(got.stdout), &inv); err != nil || len(inv.Registries) != 1 {
		t.Fatalf("list -json: %v\n%v", err, got)
	}
	run := command(t, dir, "go", "run", ".")
	if run.code != 0 {
		t.Fatalf("go run .: %v", run)
	}
	// One "name: description" line per registered engine, then a
	// "warning: ..." and an "active: ..." line.
	listed := regexp.MustCompile(`(?m)^([a-z]+): `).FindAllStringSubmatch(run.stdout, -1)
	runtime := make(map[string]bool)
	for _, m := range listed {
		if m[1] != "warning" && m[1] != "active" {
			runtime[m[1]] = true
		}
	}
	static := make(map[string]bool)
	for _, a := range inv.Registries[0].Adapters {
		if a.Registered {
			static[a.Name] = true
		}
	}
	if inv.Registries[0].Names != len(runtime) || len(static) != len(runtime) {
		t.Errorf("list counts %d names (%v), the registry holds %d at run time (%v)", inv.Registries[0].Names, static, len(runtime), runtime)
	}
	for name := range runtime {
		if !static[name] {
			t.Errorf("%s is registered at run time but not listed as registered", name)
		}
	}
}

// TestListErrors: list exits 2, with the usage, when it cannot run.
func TestListErrors(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	for _, args := range [][]string{
		{"list"},
		{"list", "-format", "yaml", "./..."},
		{"list", "-json", "-format", "markdown", "./..."},
		{"list", "-config", "nosuch.yml", "./..."},
		{"list", "-bogus", "./..."},
		{"list", "./nosuch"},
	} {
		if got := registrylint(t, dir, args...); got.code != 2 || got.stderr == "" {
			t.Errorf("registrylint %s: want exit 2 and a message; got %v", strings.Join(args, " "), got)
		}
	}
	// Findings do not make list fail.
	if got := registrylint(t, fixture(t, "unregistered"), "list", "./..."); got.code != 0 || !strings.Contains(got.stdout, "NOT REGISTERED") {
		t.Errorf("list on a module with findings: want exit 0 and the unregistered adapter; got %v", got)
	}
}

// TestListFixtures compares list on fixture modules (a factory map, policy
// self, an interface with embedded interfaces) with their goldens, in every
// format.
func TestListFixtures(t *testing.T) {
	t.Parallel()
	formats := map[string][]string{"txt": nil, "json": {"-json"}, "md": {"-format", "markdown"}, "mmd": {"-format", "mermaid"}}
	for _, name := range []string{"sched", "self", "newembed"} {
		var dir string
		if name == "newembed" {
			dir = fixture(t, name)
		} else {
			dir = fixtureModule(t, name)
		}
		for ext, args := range formats {
			golden := filepath.Join("testdata", "list", name+"."+ext)
			got := registrylint(t, dir, append(append([]string{"list"}, args...), "./...")...)
			if *update && got.code == 0 {
				if err := os.WriteFile(golden, []byte(got.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got.code != 0 || got.stdout != string(want) {
				t.Errorf("list %s on %s: exit %d, stderr %q\n got:\n%s\nwant (%s):\n%s", strings.Join(args, " "), name, got.code, got.stderr, got.stdout, golden, want)
			}
		}
	}
}
