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
	for _, name := range []string{"sched", "self", "newembed", "genfactory", "pkgvar", "consumer"} {
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

// TestListCheck: list -check compares an inventory written by list, in
// any format, with the code: exit 0 when equal, 1 with a unified diff and
// the adapter counts when an adapter is added, 2 when the file cannot be
// read.
func TestListCheck(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	formats := []struct {
		file string
		args []string
		// added is a line of the diff once *mytts.MyTTS is added.
		added string
	}{
		{"REGISTRY.md", []string{"-format", "markdown"}, "+| `my-tts` | `*mytts.MyTTS` | tts/mytts/mytts.go:11 | no |  |\n"},
		{"registry.txt", nil, "+  - my-tts *mytts.MyTTS (tts/mytts/mytts.go:11): NOT REGISTERED\n"},
		{"registry.json", []string{"-json"}, "+          \"type\": \"*mytts.MyTTS\",\n"},
		{"registry.mmd", []string{"-format", "mermaid"}, "+  r0_0 -. not registered .- a0_5[\"my-tts *mytts.MyTTS\"]:::unregistered\n"},
	}
	for _, f := range formats {
		got := registrylint(t, dir, append(append([]string{"list"}, f.args...), "./...")...)
		if got.code != 0 {
			t.Fatalf("list %q: %v", f.args, got)
		}
		if err := os.WriteFile(filepath.Join(dir, f.file), []byte(got.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := registrylint(t, dir, "list", "-check", f.file, "./..."); got.code != 0 || got.stdout != "" || got.stderr != "" {
			t.Errorf("list -check %s, unchanged: want exit 0 and no output; got %v", f.file, got)
		}
	}

	addMyTTS(t, dir)
	for _, f := range formats {
		got := registrylint(t, dir, "list", "-check", f.file, "./...")
		relist := strings.Join(append(append([]string{"registrylint list"}, f.args...), "./..."), " ")
		want := "registrylint list: " + f.file + " differs from the code: 6 adapters (+1), 3 registered (as recorded); review the diff above, then update the file: " + relist + " > " + f.file + "\n"
		if got.code != 1 || !strings.HasPrefix(got.stdout, "--- a/"+f.file+"\n+++ b/"+f.file+"\n@@ ") || !strings.Contains(got.stdout, f.added) || got.stderr != want {
			t.Errorf("list -check %s after adding an adapter: want exit 1, a diff adding\n%s\nand on stderr\n%s\ngot %v", f.file, f.added, want, got)
		}
	}
	// Registered (by -fix): the diff says so.
	if got := registrylint(t, dir, "-fix", "./..."); got.code != 1 {
		t.Fatalf("-fix: %v", got)
	}
	got := registrylint(t, dir, "list", "-check", "registry.txt", "./...")
	if got.code != 1 || !strings.Contains(got.stdout, "\n+  - my-tts *mytts.MyTTS (tts/mytts/mytts.go:11): registered: constructor in all.InitRegistry at ") ||
		!strings.Contains(got.stderr, ": 6 adapters (+1), 5 registered (+2);") {
		t.Errorf("list -check after -fix: want my-tts and espeak registered; got %v", got)
	}

	// Cannot read the file: exit 2.
	for _, file := range []string{"nosuch.md", "tts"} {
		if got := registrylint(t, dir, "list", "-check", file, "./..."); got.code != 2 || !strings.Contains(got.stderr, "registrylint list: -check: ") || got.stdout != "" {
			t.Errorf("list -check %s: want exit 2 and the error; got %v", file, got)
		}
	}
}

// TestListDeterministic: list prints the same bytes in every format over
// repeated runs, with one thread or several. Adapters of one package in
// several files used to come in the order the driver finished parsing
// the files (token.Pos order across files), which varies between runs.
func TestListDeterministic(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "helper")
	if res := registrylint(t, dir, "init", "-w"); res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	for _, format := range [][]string{{"-json"}, {"-format", "text"}, {"-format", "markdown"}, {"-format", "mermaid"}} {
		var first string
		for i := range 6 {
			env := []string{"GOMAXPROCS=1"}
			if i%2 == 1 {
				env = []string{"GOMAXPROCS=4"}
			}
			res := commandEnv(t, dir, env, binary, append(append([]string{"list"}, format...), "./...")...)
			if res.code != 0 {
				t.Fatalf("list %v: %v", format, res)
			}
			if i == 0 {
				first = res.stdout
			} else if res.stdout != first {
				t.Fatalf("list %v, run %d (%s) differs from run 1:\n%s\nrun 1:\n%s", format, i+1, env[0], res.stdout, first)
			}
		}
	}
}

// TestListCheckNotInventory: list -check on a file that list did not
// write (go.mod, a baseline, a binary, an empty file, Go source, a README
// in markdown, JSON of something else) exits 2 saying so, without a diff
// and without advice to overwrite the file; an inventory in one format
// checked as another is no inventory of that format either. A byte order
// mark, CRLF line ends or a missing final newline are no difference.
func TestListCheckNotInventory(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inventories := map[string][]string{"registry.txt": nil, "registry.json": {"-json"}, "REGISTRY.md": {"-format", "markdown"}, "registry.mmd": {"-format", "mermaid"}}
	for file, args := range inventories {
		got := registrylint(t, dir, append(append([]string{"list"}, args...), "./...")...)
		if got.code != 0 {
			t.Fatal(got)
		}
		write(file, got.stdout)
		// Written by an editor that adds a BOM, CRLF line ends, or drops
		// the final newline: the same inventory.
		write("bom-"+file, "\ufeff"+got.stdout)
		write("crlf-"+file, "\ufeff"+strings.ReplaceAll(got.stdout, "\n", "\r\n"))
		write("nonl-"+file, strings.TrimSuffix(got.stdout, "\n"))
		for _, f := range []string{"bom-" + file, "crlf-" + file, "nonl-" + file} {
			if got := registrylint(t, dir, "list", "-check", f, "./..."); got.code != 0 || got.stdout != "" || got.stderr != "" {
				t.Errorf("list -check %s: want exit 0 and no output; got %v", f, got)
			}
		}
	}
	write("empty.md", "")
	write("binary.txt", "registry \x00\x01\x02\xff\xfe")
	write("main_copy.txt", "package main\n\nfunc main() {}\n")
	write("README.md", "## Registries\n\nThe adapters we ship.\n")
	write("package.json", `{"name": "x", "version": "1.0.0"}`+"\n")
	write("notes.mmd", "graph LR\n  A --> B\n")
	if err := os.WriteFile(filepath.Join(dir, "rl.bin"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range [][]string{
		{"go.mod"},
		{exampleBaseline},
		{"rl.bin"},
		{"binary.txt"},
		{"empty.md"},
		{"main_copy.txt"},
		{"README.md"},
		{"package.json"},
		{"notes.mmd"},
		{"registry.txt", "-format", "markdown"},
		{"REGISTRY.md", "-json"},
		{"registry.json", "-format", "text"},
	} {
		args := append(append([]string{"list", "-check", tc[0]}, tc[1:]...), "./...")
		got := registrylint(t, dir, args...)
		if got.code != 2 || got.stdout != "" || !strings.Contains(got.stderr, "registrylint list: -check: "+tc[0]+" is not ") ||
			strings.Contains(got.stderr, "differs") || strings.Contains(got.stderr, "> "+tc[0]) || strings.Count(got.stderr, "\n") != 1 {
			t.Errorf("registrylint %s: want exit 2, one line saying %s is not an inventory, no diff; got %v", strings.Join(args, " "), tc[0], got)
		}
	}
}
