package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// findingSet returns the findings of registrylint ./... in dir without
// their line and column numbers (adding an adapter shifts lines), sorted.
func findingSet(t *testing.T, dir string) []string {
	t.Helper()
	got := registrylint(t, dir, "./...")
	if got.code == 2 {
		t.Fatalf("registrylint ./...: %v", got)
	}
	pos := regexp.MustCompile(`:\d+:\d+: `)
	inMsg := regexp.MustCompile(`\.go:\d+\)|\(line \d+\)`)
	var set []string
	for _, line := range strings.Split(strings.TrimSpace(got.stderr), "\n") {
		if line != "" {
			set = append(set, inMsg.ReplaceAllString(pos.ReplaceAllString(line, ": "), "#"))
		}
	}
	sort.Strings(set)
	return set
}

// checkNew runs registrylint new with args in dir and checks what users
// need of its result: it builds, vets and tests clean, and registrylint
// reports nothing new.
func checkNew(t *testing.T, dir string, args ...string) result {
	t.Helper()
	before := findingSet(t, dir)
	got := registrylint(t, dir, append([]string{"new"}, args...)...)
	if got.code != 0 {
		t.Fatalf("registrylint new %s: %v", strings.Join(args, " "), got)
	}
	for _, c := range [][]string{{"go", "build", "./..."}, {"go", "vet", "./..."}, {"go", "test", "./..."}} {
		if res := command(t, dir, c[0], c[1:]...); res.code != 0 {
			t.Fatalf("%s after registrylint new: %v", strings.Join(c, " "), res)
		}
	}
	if fmtd := command(t, dir, "gofmt", "-l", "."); strings.TrimSpace(fmtd.stdout) != "" {
		t.Errorf("not gofmt-clean after registrylint new: %s", fmtd.stdout)
	}
	if after := findingSet(t, dir); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("registrylint reports something new after registrylint new:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}
	return got
}

// TestNewCentralCalls: the example (a call list in the init function, a
// package per adapter with New(), an embedded base): the new adapter is
// registered once at run time, named like its siblings (piper, kokoro:
// one lowercase word).
func TestNewCentralCalls(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	checkNew(t, dir, "-registry", "tts.Adapter", "-name", "MyTTS", "-description", "my text to speech", "-test")
	src, err := os.ReadFile(filepath.Join(dir, "tts", "mytts", "mytts.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`const Name = "mytts"`, "\ttts.BaseAdapter\n", "var _ tts.Adapter = (*MyTTS)(nil)", "func New() *MyTTS", `return "my text to speech"`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("mytts.go lacks %q:\n%s", want, src)
		}
	}
	run := command(t, dir, "go", "run", ".")
	if n := strings.Count(run.stdout, "\nmytts: my text to speech\n"); n != 1 {
		t.Errorf("go run . lists mytts %d times, want once:\n%v", n, run)
	}
	if got := registrylint(t, dir, "list", "./..."); !strings.Contains(got.stdout, "- mytts *mytts.MyTTS (tts/mytts/mytts.go:") || !strings.Contains(got.stdout, "registered: constructor in all.InitRegistry") {
		t.Errorf("list does not show mytts registered:\n%v", got)
	}
}

// TestNewFactoryMap: a scheduler-style map of factories keyed by name
// constants, with a factory signature that takes arguments.
func TestNewFactoryMap(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "sched")
	checkNew(t, dir, "-registry", "framework.Plugin", "-name", "GPUFit", "-test")
	reg, _ := os.ReadFile(filepath.Join(dir, "plugins", "registry.go"))
	if !strings.Contains(string(reg), "gpufit.Name:") || !strings.Contains(string(reg), "gpufit.New,") {
		t.Errorf("registry.go lacks the entry gpufit.Name: gpufit.New:\n%s", reg)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "plugins", "gpufit", "gpufit.go"))
	if !strings.Contains(string(src), "func New(args string) (framework.Plugin, error)") {
		t.Errorf("gpufit.go lacks the factory's signature:\n%s", src)
	}
}

// TestNewSelf: policy self with an aggregator: an init() in the new
// package, a blank import in the aggregator.
func TestNewSelf(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "self")
	checkNew(t, dir, "-registry", "self/sqlish.Driver", "-name", "Duck")
	src, _ := os.ReadFile(filepath.Join(dir, "sqlish", "duck", "duck.go"))
	if !strings.Contains(string(src), "func init() { sqlish.Register(Name, &Duck{}) }") {
		t.Errorf("duck.go lacks its self-registration:\n%s", src)
	}
	agg, _ := os.ReadFile(filepath.Join(dir, "sqlish", "drivers", "drivers.go"))
	if !strings.Contains(string(agg), `_ "self/sqlish/duck"`) {
		t.Errorf("the aggregator does not import the new package:\n%s", agg)
	}
}

// TestNewSelfInferredAggregator: policy self without aggregator: the new
// package is blank-imported where its siblings' packages are (the
// aggregator that registrylint init, the lint and list infer too), so
// list counts it registered and the lint reports nothing new.
func TestNewSelfInferredAggregator(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "self")
	writeTree(t, dir, map[string]string{".registrylint.yml": `registries:
  - adapter: example.com/prom/discovery.Config
    register: ["example.com/prom/discovery.RegisterConfig"]
    policy: self
    exclude: ["example.com/prom/discovery.StaticConfig"]
`})
	checkNew(t, dir, "-registry", "discovery.Config", "-name", "Kube")
	install, _ := os.ReadFile(filepath.Join(dir, "discovery", "install", "install.go"))
	if !strings.Contains(string(install), `_ "example.com/prom/discovery/kube"`) {
		t.Errorf("the inferred aggregator does not import the new package:\n%s", install)
	}
	list := registrylint(t, dir, "list", "./...")
	if !strings.Contains(list.stdout, "5 of 6 adapters registered") || !regexp.MustCompile(`(?m)^  - .*kube\.Kube.*: registered: `).MatchString(list.stdout) {
		t.Errorf("list after new: want kube registered and consul (not imported) not; got %v", list)
	}
}

// TestNewEmbeddedInterface: every method of an interface with embedded
// interfaces, variadic generic parameters and named results is stubbed.
func TestNewEmbeddedInterface(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newembed")
	checkNew(t, dir, "-registry", "example.com/e2e/newembed/store.Backend", "-name", "DiskV2", "-test")
	src, _ := os.ReadFile(filepath.Join(dir, "store", "diskv2", "diskv2.go"))
	for _, want := range []string{
		"func (d *DiskV2) Close() error",
		"func (d *DiskV2) String() string",
		"func (d *DiskV2) Put(ctx context.Context, key string, opts ...store.Option[string]) (n int, err error)",
		"func (*DiskV2) Limits() store.Limits { return store.Limits{} }", // modelled on Mem.Limits
		`const Name = "diskv2"`, /* like mem: one lowercase word */
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("diskv2.go lacks %q:\n%s", want, src)
		}
	}
}

// TestNewFromSubdirectory: new analyzes the whole module wherever in it
// it runs.
func TestNewFromSubdirectory(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	got := registrylint(t, filepath.Join(dir, "tts", "kokoro"), "new", "-registry", "tts.Adapter", "-name", "Sub", "-n")
	if got.code != 0 || !strings.Contains(got.stdout, "+\t\tr.Register(sub.New())") {
		t.Errorf("new from tts/kokoro: %v", got)
	}
}

// TestNewDryRun: -n prints the diff and writes nothing.
func TestNewDryRun(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	before := goFiles(t, dir)
	got := registrylint(t, dir, "new", "-registry", "tts.Adapter", "-name", "MyTTS", "-n")
	if got.code != 0 || !strings.Contains(got.stdout, "+++ b/tts/mytts/mytts.go") || !strings.Contains(got.stdout, "+\t\tr.Register(mytts.New())") {
		t.Errorf("-n: %v", got)
	}
	after := goFiles(t, dir)
	if len(after) != len(before) {
		t.Errorf("-n wrote files")
	}
	for name, text := range after {
		if before[name] != text {
			t.Errorf("-n changed %s", name)
		}
	}
}

// TestNewRefusals: a taken name, an existing file, an ambiguous or
// unknown registry and missing flags are refused with exit 2.
func TestNewRefusals(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newembed")
	if err := os.MkdirAll(filepath.Join(dir, "store", "taken"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "store", "taken", "taken.go"), []byte("package taken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-registry", "example.com/e2e/newembed/store.Backend", "-name", "Mem"}, `the name "mem" is taken`},
		{[]string{"-registry", "example.com/e2e/newembed/store.Backend", "-name", "Taken"}, "exists; registrylint new never overwrites a file"},
		{[]string{"-registry", "store.Backend", "-name", "Disk"}, "is ambiguous"},
		{[]string{"-registry", "nosuch.Thing", "-name", "Disk"}, "no registry"},
		{[]string{"-registry", "store.Backend"}, "-registry and -name are required"},
		{[]string{"-registry", "example.com/e2e/newembed/store.Backend", "-name", "lower"}, "want an exported Go identifier"},
	} {
		before := goFiles(t, dir)
		got := registrylint(t, dir, append([]string{"new"}, tc.args...)...)
		if got.code != 2 || !strings.Contains(got.stderr, tc.want) {
			t.Errorf("registrylint new %s: want exit 2 and %q; got %v", strings.Join(tc.args, " "), tc.want, got)
		}
		if after := goFiles(t, dir); len(after) != len(before) {
			t.Errorf("registrylint new %s wrote files although it failed", strings.Join(tc.args, " "))
		}
	}
}

// TestNewFactorySeveralParams: a factory type with several parameters
// (the kube-scheduler shape, registered through a generic wrapper).
func TestNewFactorySeveralParams(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "genwrap")
	checkNew(t, dir, "-registry", "framework.Plugin", "-name", "Spread")
	src, _ := os.ReadFile(filepath.Join(dir, "plugins", "spread", "spread.go"))
	if !strings.Contains(string(src), "func New(ctx context.Context, args framework.Object, h framework.Handle) (framework.Plugin, error)") {
		t.Errorf("spread.go lacks the factory's signature:\n%s", src)
	}
}
