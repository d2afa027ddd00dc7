package main

// End-to-end tests of -fix as users run it: on copies of every fix
// fixture (as modules) and of the bundled example.

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goFiles returns the contents of the .go files under dir, by path.
func goFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// fixtureModule copies the GOPATH-style fixture testdata/src/name into a
// new module of the same name (its import paths start with it).
func fixtureModule(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "src", name))); err != nil {
		t.Fatal(err)
	}
	// The goldens are not part of the module.
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".golden") {
			return os.Remove(path)
		}
		return err
	})
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+name+"\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFixEveryFixture: -fix over every fix fixture and the example leaves
// a module that builds, one run applies every fix it offers (none is
// skipped for overlapping another), and a second -fix changes nothing.
func TestFixEveryFixture(t *testing.T) {
	t.Parallel()
	cases := []string{"fixcall", "fixmap", "fixcross", "fixdup", "fixduplast", "fixconverge", "fixfactory", "fixwrap", "fixself", "fixsafe", "fixwrapped", "fixwrappedcentral", "fixcycle", "genfactory", "pkgvar", "consumer", "example"}
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var dir string
			if name == "example" {
				dir = copyExample(t)
			} else {
				dir = fixtureModule(t, name)
			}
			before := goFiles(t, dir)
			first := registrylint(t, dir, "-fix", "./...")
			if first.code == 2 {
				t.Fatalf("-fix could not run: %v", first)
			}
			if strings.Contains(first.stderr, "skipped") {
				t.Errorf("-fix skipped a fix: %v", first)
			}
			fixed := goFiles(t, dir)
			changed := 0
			for path, text := range fixed {
				if before[path] != text {
					changed++
				}
			}
			if changed == 0 {
				t.Errorf("-fix changed nothing: %v", first)
			}
			if res := command(t, dir, "go", "build", "./..."); res.code != 0 {
				t.Fatalf("the fixed module does not build: %v", res)
			}
			second := registrylint(t, dir, "-fix", "./...")
			for path, text := range goFiles(t, dir) {
				if fixed[path] != text {
					t.Errorf("a second -fix changed %s:\n%s\n%v", path, text, second)
				}
			}
		})
	}
}

// TestFixGenericFactories: backends that are values of one generic type
// are different adapters; the program of the genfactory fixture panics at
// start-up on the one registered twice, and after -fix registers every
// backend exactly once: the duplicate deleted, the forgotten one added,
// no instance of the generic type deleted for resembling another.
func TestFixGenericFactories(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "genfactory")
	if before := command(t, dir, "go", "run", "./cmd/backends"); before.code == 0 || !strings.Contains(before.stderr, "s3 registered twice") {
		t.Fatalf("before -fix, the fixture should panic on s3 registered twice: %v", before)
	}
	registrylint(t, dir, "-fix", "./...")
	run := command(t, dir, "go", "run", "./cmd/backends")
	if want := "azure\ngcs\nmemory\ns3\n"; run.code != 0 || run.stdout != want {
		t.Errorf("after -fix, the registered backends are\n%v\nwant\n%s", run, want)
	}
}

// TestFixConsumerInterface: the sinks that implement the server's own
// interface beside the registered ones, one the server imports (kafka)
// and one nothing imports (syslog, a whole-program fix), are registered
// by -fix, and the fixed program lists every sink once, each under its
// own name.
func TestFixConsumerInterface(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "consumer")
	registrylint(t, dir, "-fix", "./...")
	run := command(t, dir, "go", "run", "./cmd/sinks")
	if want := "file\nkafka\nstdout\nsyslog\ntee\n"; run.code != 0 || run.stdout != want {
		t.Errorf("after -fix, the sinks are\n%v\nwant\n%s", run, want)
	}
}

// TestFixExampleRegistersOnce: after -fix, the example application
// registers every adapter it registered, and espeak, exactly once (go run
// . lists them). coqui registers itself in its package's func init(), so
// -fix does not add a second registration of it to InitRegistry: the
// finding stays, saying why.
func TestFixExampleRegistersOnce(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	fixed := registrylint(t, dir, "-fix", "./...")
	run := command(t, dir, "go", "run", ".")
	if run.code != 0 {
		t.Fatalf("go run . after -fix: %v", run)
	}
	for engine, want := range map[string]int{"coqui": 0, "espeak": 1, "kokoro": 1, "piper": 1} {
		if n := len(regexp.MustCompile(`(?m)^`+engine+`: `).FindAllString(run.stdout, -1)); n != want {
			t.Errorf("after -fix, %s is listed %d times, want %d:\n%s", engine, n, want, run.stdout)
		}
	}
	if !strings.Contains(fixed.stderr, "adapter *coqui.Coqui") || !strings.Contains(fixed.stderr, "no automatic fix: adding one while the other stays would register it twice") {
		t.Errorf("after -fix, want coqui's finding left with the reason; got %v", fixed)
	}
}

// TestFixWrapperRegisteredOnce: Caddy's config adapters, under policy
// self (fixwrapped) and central (fixwrappedcentral). A wrapper type that
// a function registers once per adapter name gets no registration of a
// zero value of it (which would add a module with an empty name, or
// panic on a second one); the forgotten file server module is fixed. The
// fixed program lists every module exactly once, and no other.
func TestFixWrapperRegisteredOnce(t *testing.T) {
	t.Parallel()
	for name, want := range map[string][]string{
		"fixwrapped":        {"caddy.adapters.caddyfile", "caddy.config_loaders.file", "caddy.config_loaders.http"},
		"fixwrappedcentral": {"caddy.adapters.json", "http", "http.handlers.file_server"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := fixtureModule(t, name)
			fixed := registrylint(t, dir, "-fix", "./...")
			if fixed.code == 2 || !strings.Contains(fixed.stderr, "no automatic fix: registered at ") {
				t.Fatalf("-fix: want the wrapper's finding left, saying where it is registered; got %v", fixed)
			}
			run := command(t, dir, "go", "run", "./cmd")
			if run.code != 0 {
				t.Fatalf("go run ./cmd after -fix: %v", run)
			}
			var got []string
			for _, m := range regexp.MustCompile(`(?m)^module "(.*)"$`).FindAllStringSubmatch(run.stdout, -1) {
				got = append(got, m[1])
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("after -fix, the program registers %q, want %q (each once)", got, want)
			}
		})
	}
}

// TestFixNoImportCycle: plugin packages b and c import the init
// function's package (c through another), so -fix does not import them
// there (the module would not build) and says why; d imports neither and
// is fixed. The fixed program builds and registers a and d, once each.
func TestFixNoImportCycle(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "fixcycle")
	fixed := registrylint(t, dir, "-fix", "./...")
	if fixed.code == 2 || strings.Count(fixed.stderr, "which cannot import it back; move the init function to a package above both") != 2 {
		t.Fatalf("-fix: want b's and c's findings left, saying why; got %v", fixed)
	}
	run := command(t, dir, "go", "run", "./cmd")
	if run.code != 0 {
		t.Fatalf("go run ./cmd after -fix: %v", run)
	}
	if want := "plugin \"a\"\nplugin \"d\"\n"; run.stdout != want {
		t.Errorf("after -fix, the program registers:\n%s\nwant:\n%s", run.stdout, want)
	}
}

// TestFixIgnoresTestRegistrations: a registration in a _test.go file
// never runs in production, so it does not keep -fix from registering the
// adapter in the init function; the finding is printed once, the same for
// the package and its test variant.
func TestFixIgnoresTestRegistrations(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	writeTree(t, dir, map[string]string{"tts/all/registry_test.go": `package all

import (
	"testing"

	"example.com/ttsapp/tts"
	"example.com/ttsapp/tts/espeak"
)

func TestExtra(t *testing.T) {
	r := tts.NewRegistry()
	r.Register(espeak.New())
}
`})
	before := registrylint(t, dir, "./...")
	if n := strings.Count(before.stderr, "adapter *espeak.ESpeak"); n != 1 || strings.Contains(before.stderr, "registry_test.go") {
		t.Fatalf("want espeak's finding once, not naming the test file; got %v", before)
	}
	registrylint(t, dir, "-fix", "./...")
	run := command(t, dir, "go", "run", ".")
	if n := len(regexp.MustCompile(`(?m)^espeak: `).FindAllString(run.stdout, -1)); run.code != 0 || n != 1 {
		t.Errorf("after -fix, espeak is listed %d times, want once: %v", n, run)
	}
}

// TestFixOrder: registrations inserted for several adapters follow their
// declaration order (A2 before A10), not the order of their names as text.
func TestFixOrder(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := filepath.Join(t.TempDir(), "order")
	var adapters strings.Builder
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&adapters, "\n// A%[1]d is an engine.\ntype A%[1]d struct{}\n\nfunc (A%[1]d) Name() string { return \"a%[1]d\" }\n", i)
	}
	files := map[string]string{
		"go.mod": "module order\n\ngo 1.24\n",
		"reg/reg.go": `// Package reg is a registry with twelve engines.
package reg

// Engine is an engine.
//
//registrylint:adapter
type Engine interface{ Name() string }

// Registry holds engines.
type Registry struct{ all []Engine }

// Register adds an engine.
func (r *Registry) Register(e Engine) { r.all = append(r.all, e) }

// Init registers the engines.
//
//registrylint:init
func Init(r *Registry) {
	r.Register(A1{})
}
` + adapters.String(),
	}
	writeTree(t, dir, files)
	if got := registrylint(t, dir, "-fix", "./..."); got.code != 0 {
		t.Fatalf("-fix: %v", got)
	}
	data, err := os.ReadFile(filepath.Join(dir, "reg", "reg.go"))
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, m := range regexp.MustCompile(`r\.Register\((A\d+)\{\}\)`).FindAllStringSubmatch(string(data), -1) {
		order = append(order, m[1])
	}
	if want := "A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12"; strings.Join(order, " ") != want {
		t.Errorf("registrations after -fix: %s, want %s", strings.Join(order, " "), want)
	}
}

// TestFixFailedWriteLeavesFile: when the fixed file cannot be written (a
// file size limit of 1 KiB), the original is untouched and no temporary
// file is left; the command exits 2.
func TestFixFailedWriteLeavesFile(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	file := filepath.Join(dir, "tts", "all", "registry.go")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// Padded to over 1 KiB, the fixed file cannot be written.
	padded := append(before, []byte("\n// "+strings.Repeat("padding ", 20)+"\n")...)
	if err := os.WriteFile(file, padded, 0o644); err != nil {
		t.Fatal(err)
	}
	before = padded
	// -load=source: export data would be written to the build cache, which
	// the size limit forbids too.
	cmd := exec.Command("bash", "-c", `ulimit -f 1 && exec "$0" -load=source -fix ./...`, binary)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(string(out), "registry.go left unchanged") {
		t.Errorf("exit code %d (%v), want 2 and the failed write reported:\n%s", code, err, out)
	}
	after, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Errorf("a failed write changed %s (%d bytes, was %d)", file, len(after), len(before))
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "tts", "all", ".*registrylint*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// TestFixRestoresMapEntry: a map registry whose entry and import were
// deleted (kubernetes' in-tree registry): the adapter's package is then
// seen by no init function, and the whole-program check's fix adds the
// import and an entry like its neighbours; the module builds and a
// second -fix changes nothing. The same in OpenTofu's shape: entries
// keyed by the name of their value's package.
func TestFixRestoresMapEntry(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "subtree")
	if res := registrylint(t, dir, "init", "-w"); res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	first := registrylint(t, dir, "-fix", "./...")
	if first.code != 0 {
		t.Fatalf("-fix: want every finding fixed (exit 0); got %v", first)
	}
	src, err := os.ReadFile(filepath.Join(dir, "framework", "plugins", "registry", "registry.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\t\"example.com/sched/framework/plugins/score\"\n", "\t\t\"score\":  score.New,\n"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("after -fix, registry.go lacks %q:\n%s", want, src)
		}
	}
	if res := command(t, dir, "go", "build", "./..."); res.code != 0 {
		t.Fatalf("the fixed module does not build: %v", res)
	}
	fixed := goFiles(t, dir)
	registrylint(t, dir, "-fix", "./...")
	for path, text := range goFiles(t, dir) {
		if fixed[path] != text {
			t.Errorf("a second -fix changed %s", path)
		}
	}

	// OpenTofu's shape: entries keyed by the name of their value's
	// package ("s3": s3.New), for an adapter with no name method.
	tofu := copyInitFixture(t, "list")
	if res := registrylint(t, tofu, "init", "-w"); res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	if res := registrylint(t, tofu, "-fix", "./..."); res.code != 0 {
		t.Fatalf("-fix on the OpenTofu-shaped registry: want exit 0; got %v", res)
	}
	src, err = os.ReadFile(filepath.Join(tofu, "backend", "init", "init.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\t\"example.com/tofu/backend/remote/azure\"\n", "\t\t\"azure\":  azure.New,\n"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("after -fix, init.go lacks %q:\n%s", want, src)
		}
	}
	if res := command(t, tofu, "go", "build", "./..."); res.code != 0 {
		t.Fatalf("the fixed module does not build: %v", res)
	}
}

// TestFixRestoresCommentedImport: Prometheus' discovery/install imports
// every mechanism with a "// register NAME" comment. Deleting one line
// and running -fix restores the file byte for byte: the line comes back
// with its comment, so gofmt aligns the block as it was.
func TestFixRestoresCommentedImport(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "self")
	install := filepath.Join(dir, "discovery", "install", "install.go")
	original := "// Package install loads every service discovery mechanism.\n" +
		"package install\n\nimport (\n" +
		"\t_ \"example.com/prom/discovery/aws\"    // register aws\n" +
		"\t_ \"example.com/prom/discovery/consul\" // register consul\n" +
		"\t_ \"example.com/prom/discovery/dns\"    // register dns\n" +
		"\t_ \"example.com/prom/discovery/file\"   // register file\n" +
		"\t_ \"example.com/prom/discovery/gce\"    // register gce\n" +
		")\n"
	deleted := strings.Replace(original, "\t_ \"example.com/prom/discovery/consul\" // register consul\n", "", 1)
	writeTree(t, dir, map[string]string{
		"discovery/install/install.go": deleted,
		".registrylint.yml": `registries:
  - adapter: example.com/prom/discovery.Config
    register: ["example.com/prom/discovery.RegisterConfig"]
    policy: self
    aggregator: example.com/prom/discovery/install
    exclude: ["example.com/prom/discovery.StaticConfig"]
`,
	})
	if res := registrylint(t, dir, "-fix", "./..."); res.code != 0 {
		t.Fatalf("-fix: want every finding fixed; got %v", res)
	}
	got, err := os.ReadFile(install)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != original {
		t.Errorf("-fix did not restore install.go byte for byte:\n%s\nwant:\n%s", got, original)
	}
}
