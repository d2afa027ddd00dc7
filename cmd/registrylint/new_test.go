package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/internal/driver"
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
	inMsg := regexp.MustCompile(`\.go:\d+\b|\(line \d+\)`)
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
		"func (d *DiskV2) Limits() store.Limits {", // a stub: the registry never calls it
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
// (the kube-scheduler shape, registered through a generic wrapper): the
// new factory takes what the wrapper takes, and is wrapped like the
// others.
func TestNewFactorySeveralParams(t *testing.T) {
	t.Parallel()
	dir := fixtureModule(t, "genwrap")
	checkNew(t, dir, "-registry", "framework.Plugin", "-name", "Spread")
	src, _ := os.ReadFile(filepath.Join(dir, "plugins", "spread", "spread.go"))
	if !strings.Contains(string(src), "func New(_ context.Context, _ framework.Object, _ framework.Handle, _ framework.Features) (framework.Plugin, error)") {
		t.Errorf("spread.go lacks the wrapped factory's signature:\n%s", src)
	}
	reg, _ := os.ReadFile(filepath.Join(dir, "plugins", "registry.go"))
	if !strings.Contains(string(reg), "spread.Name: framework.FactoryAdapter(fts, spread.New),") {
		t.Errorf("registry.go: want the new factory wrapped like the others:\n%s", reg)
	}
}

// TestNewCaddyLike: a registry that validates each module's metadata at
// registration and panics at init on a zero ModuleInfo (Caddy): the
// metadata method is modelled on the nearest sibling's, with its dotted
// ID's prefix kept and the last element in the siblings' style
// (snake_case), so the program and its tests still run; the module's
// package, at the root of example.com/caddy/v2, is imported without an
// alias; a name whose ID or package is taken is refused.
func TestNewCaddyLike(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newcaddy")
	got := checkNew(t, dir, "-registry", "caddy.Module", "-name", "MyThing")
	if !strings.Contains(got.stdout, `is registered as "http.handlers.my_thing"`) {
		t.Errorf("new does not report the module's ID:\n%v", got)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "modules", "mything", "mything.go"))
	for _, want := range []string{
		"func (*MyThing) CaddyModule() caddy.ModuleInfo {",
		`ID:  "http.handlers.my_thing",`,
		"New: func() caddy.Module { return new(MyThing) },",
		"import \"example.com/caddy/v2\"\n", // no redundant alias: the package is caddy
		"func init() { caddy.RegisterModule(&MyThing{}) }",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("mything.go lacks %q:\n%s", want, src)
		}
	}
	if strings.Contains(string(src), "const Name") {
		t.Errorf("mything.go declares a name constant that nothing uses:\n%s", src)
	}
	if run := command(t, dir, "go", "run", "./cmd/caddy"); run.code != 0 || !strings.Contains(run.stdout, "\nhttp.handlers.my_thing\n") {
		t.Errorf("go run . after new: %v", run)
	}
	for _, tc := range []struct{ name, want string }{
		{"Gzip", "Gzip is taken by gzip.Gzip (modules/encode/gzip/gzip.go:9)"},
		{"FileServer", `the name "http.handlers.file_server" is taken by FileServer.CaddyModule (modules/fileserver/fileserver.go:16)`},
		{"MyThing", `the name "http.handlers.my_thing" is taken by MyThing.CaddyModule (modules/mything/mything.go:`},
	} {
		if res := registrylint(t, dir, "new", "-registry", "caddy.Module", "-name", tc.name); res.code != 2 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("new -name %s: want exit 2 and %q; got %v", tc.name, tc.want, res)
		}
	}
}

// TestNewNameKeyedMap: an OpenTofu-like map of factories keyed by name,
// whose backends have no name method: a name that is a key is refused, a
// new package may not join an existing package's directory, the new key
// is one lowercase word like the others and joins the last group of
// several entries rather than a lone entry under its own comment; the
// options that have nothing to act on are said on stderr.
func TestNewNameKeyedMap(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newtofu")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-name", "Consul"}, `the name "consul" is taken by a key of the map in Init (backend/init/init.go:25)`},
		{[]string{"-name", "Inmem", "-dir", filepath.Join(dir, "backend", "remote-state", "inmem")}, `the name "inmem" is taken by a key of the map in Init`},
	} {
		before := goFiles(t, dir)
		res := registrylint(t, dir, append([]string{"new", "-registry", "backend.Backend"}, tc.args...)...)
		if res.code != 2 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("new %s: want exit 2 and %q; got %v", strings.Join(tc.args, " "), tc.want, res)
		}
		if len(goFiles(t, dir)) != len(before) {
			t.Errorf("new %s wrote files although it failed", strings.Join(tc.args, " "))
		}
	}
	writeTree(t, dir, map[string]string{"backend/remote-state/etcd/README": "removed\n"})
	if res := registrylint(t, dir, "new", "-registry", "backend.Backend", "-name", "Etcd"); res.code != 2 || !strings.Contains(res.stderr, "remote-state/etcd exists") {
		t.Errorf("new -name Etcd beside an existing directory: %v", res)
	}

	got := checkNew(t, dir, "-registry", "backend.Backend", "-name", "MyThing", "-description", "mine", "-test")
	for _, want := range []string{
		"registrylint new: -description ignored: backend.Backend has no description method",
		"registrylint new: -test ignored: backend.Backend has no name method",
	} {
		if !strings.Contains(got.stderr, want) {
			t.Errorf("stderr lacks %q:\n%v", want, got)
		}
	}
	reg, _ := os.ReadFile(filepath.Join(dir, "backend", "init", "init.go"))
	if want := "\t\t\"inmem\":   backendInmem.New,\n\t\t\"mything\": backendMyThing.New,\n\t\t\"s3\":      backendS3.New,\n\n\t\t// Terraform Cloud"; !strings.Contains(string(reg), want) {
		t.Errorf("init.go: the new entry is not in its sorted place in the remote state group:\n%s", reg)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "backend", "remote-state", "mything", "mything.go"))
	if strings.Contains(string(src), "const Name") {
		t.Errorf("mything.go declares a name constant that nothing uses:\n%s", src)
	}
	if _, err := os.Stat(filepath.Join(dir, "backend", "remote-state", "mything", "mything_test.go")); err == nil {
		t.Errorf("-test wrote a test of a name method that does not exist")
	}
}

// TestNewNamesAsIdentifiers: Prometheus-like discovery, whose names
// become struct fields (reflect.StructOf) and whose metrics constructor
// is called at start-up: the name is one lowercase word like every
// sibling's, and the metrics constructor is modelled on the nearest
// sibling's, with its helpers copied and renamed (metric names too, so
// that they do not collide), so the program still starts.
func TestNewNamesAsIdentifiers(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newprom")
	checkNew(t, dir, "-registry", "discovery.Config", "-name", "MyThing")
	src, _ := os.ReadFile(filepath.Join(dir, "discovery", "mything", "mything.go"))
	for _, want := range []string{
		`const Name = "mything"`,
		"return newDiscovererMetrics(reg)",
		"type mythingMetrics struct",
		`"prometheus_sd_mything_rpc_failures_total"`,
		"func init() { discovery.RegisterConfig(&MyThing{}) }",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("mything.go lacks %q:\n%s", want, src)
		}
	}
	if strings.Contains(string(src), "consul") {
		t.Errorf("mything.go still names the sibling it is modelled on:\n%s", src)
	}
	if run := command(t, dir, "go", "run", "."); run.code != 0 || !strings.Contains(run.stdout, "[consul dns mything]") {
		t.Errorf("go run . after new: %v", run)
	}
}

// TestNewPackagePatterns: new analyzes the packages given, like every
// other command, so that a package that does not load elsewhere in the
// module does not stop it.
func TestNewPackagePatterns(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newprom")
	writeTree(t, dir, map[string]string{"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n"})
	args := []string{"new", "-registry", "discovery.Config", "-name", "Kube"}
	if res := registrylint(t, dir, args...); res.code != 2 {
		t.Errorf("new over the whole module with a broken package: want exit 2, got %v", res)
	}
	res := registrylint(t, dir, append(args, "./discovery/...")...)
	if res.code != 0 || !strings.Contains(res.stdout, "created discovery/kube/kube.go") {
		t.Fatalf("new ./discovery/...: %v", res)
	}
	if b := command(t, dir, "go", "build", "./discovery/...", "."); b.code != 0 {
		t.Errorf("go build after new ./discovery/...: %v", b)
	}
	// Without the aggregator among the packages, a new package would
	// never be imported: refused, naming what to do.
	res = registrylint(t, dir, "new", "-registry", "discovery.Config", "-name", "Nomad", "./discovery/consul", "./discovery")
	if res.code != 2 || !strings.Contains(res.stderr, "analyze the package that imports them") {
		t.Errorf("new without the aggregator's package: %v", res)
	}
}

// TestNewSelfHelperCall: node_exporter's shape, policy self through
// registerCollector(name, enabled, factory), which takes no adapter
// alone: the new collector's func init() registers it as its siblings
// do, with a factory of the sibling's factory type and its own name.
func TestNewSelfHelperCall(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "helper")
	if res := registrylint(t, dir, "init", "-w"); res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	checkNew(t, dir, "-registry", "collector.Collector", "-name", "MyThing")
	src, err := os.ReadFile(filepath.Join(dir, "collector", "my_thing.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"func NewMyThing(logger string) (Collector, error) {",
		"\tregisterCollector(\"mything\", true, NewMyThing)\n",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("my_thing.go lacks %q:\n%s", want, src)
		}
	}
	list := registrylint(t, dir, "list", "./...")
	if !strings.Contains(list.stdout, "4 of 5 adapters registered") {
		t.Errorf("list after new: want the new collector registered (4 of 5, disk still not); got %v", list)
	}
}

// TestNewCaddyIDNotCopied: Caddy's distributedstek.Provider is known by
// "tls.stek.distributed", an ID that names neither its type nor its
// package, and apps such as "http" have IDs without a namespace. The
// new module beside it must not copy the sibling's ID (Caddy panics on a
// module registered twice): it gets the sibling's namespace and a name of
// its own, and the program runs.
func TestNewCaddyIDNotCopied(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newcaddy")
	writeTree(t, dir, map[string]string{
		"modules/caddytls/distributedstek/stek.go": `// Package distributedstek rotates session ticket keys in storage.
package distributedstek

import "example.com/caddy/v2"

func init() { caddy.RegisterModule(Provider{}) }

// Provider rotates the keys.
type Provider struct{}

// CaddyModule returns the Caddy module information.
func (Provider) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "tls.stek.distributed",
		New: func() caddy.Module { return new(Provider) },
	}
}
`,
		"modules/caddyhttp/app.go": `// Package caddyhttp is the HTTP app.
package caddyhttp

import "example.com/caddy/v2"

func init() { caddy.RegisterModule(App{}) }

// App is the HTTP app.
type App struct{}

// CaddyModule returns the Caddy module information.
func (App) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{ID: "http", New: func() caddy.Module { return new(App) }}
}
`,
		"modules/standard/more.go": `package standard

import (
	_ "example.com/caddy/v2/modules/caddyhttp"
	_ "example.com/caddy/v2/modules/caddytls/distributedstek"
)
`,
	})
	res := registrylint(t, dir, "new", "-registry", "caddy.Module", "-name", "MyThing", "-dir", "modules/caddytls/mything")
	if res.code != 0 {
		t.Fatalf("new: %v", res)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "modules", "caddytls", "mything", "mything.go"))
	if strings.Contains(string(src), `"tls.stek.distributed"`) || !strings.Contains(string(src), `ID:  "tls.stek.`) {
		t.Errorf("want the sibling's namespace and a new name, not its ID:\n%s", src)
	}
	if run := command(t, dir, "go", "run", "./cmd/caddy"); run.code != 0 || !strings.Contains(run.stdout, "tls.stek.") {
		t.Errorf("go run after new: %v", run)
	}
}

// treeOf lists every file and directory under dir with the content of
// each file, so that a failed run can be shown to have left nothing.
func treeOf(t *testing.T, dir string) map[string]string {
	t.Helper()
	tree := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			tree[path+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(path)
		tree[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// sameTree reports the differences between two trees of treeOf.
func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for name, text := range after {
		if old, ok := before[name]; !ok {
			t.Errorf("%s left %s behind", what, name)
		} else if old != text {
			t.Errorf("%s changed %s", what, name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			t.Errorf("%s removed %s", what, name)
		}
	}
}

// TestNewCollidingNames: names whose package, constructor, name constant
// or receiver collide with a name already in use where the adapter is
// written or registered: the init function's variable r, the init
// file's imports (tts, sync) and package variables (once, reg), the
// constructor New and the name constant Name, the predeclared string;
// or that no package can have or be imported under (type, main, init).
// The module still builds and the adapter is registered once.
func TestNewCollidingNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"R", "Tts", "Sync", "Once", "Reg", "New", "Name", "String", "Type", "Main", "Init"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := copyExample(t)
			checkNew(t, dir, "-registry", "tts.Adapter", "-name", name, "-test")
			if got := registrylint(t, dir, "list", "./..."); !regexp.MustCompile(`(?m)^  - \S+ \*\w+\.` + name + ` \(.*registered: constructor in all\.InitRegistry`).MatchString(got.stdout) {
				t.Errorf("list does not show %s registered:\n%v", name, got)
			}
		})
	}
}

// TestNewIntoExistingPackage: -dir naming the directory of an existing
// package adds the adapter to that package, under its own package name;
// a package that the init function's package cannot import (a command,
// or one that imports the init function's package) is refused and
// nothing is written.
func TestNewIntoExistingPackage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ dir, pkg string }{
		{"legacy", "legacy"},
		{"tts/all", "all"},
		{"tts", "tts"},
	} {
		t.Run(strings.ReplaceAll(tc.dir, "/", "_"), func(t *testing.T) {
			t.Parallel()
			dir := copyExample(t)
			checkNew(t, dir, "-registry", "tts.Adapter", "-name", "Zed", "-dir", tc.dir, "-test")
			src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tc.dir), "zed.go"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(src), "\npackage "+tc.pkg+"\n") && !strings.HasPrefix(string(src), "package "+tc.pkg+"\n") {
				t.Errorf("zed.go is not in package %s:\n%s", tc.pkg, src)
			}
		})
	}
	t.Run("refused", func(t *testing.T) {
		t.Parallel()
		dir := copyExample(t)
		writeTree(t, dir, map[string]string{"app/app.go": "// Package app runs the engines.\npackage app\n\nimport \"example.com/ttsapp/tts/all\"\n\n// Names lists them.\nfunc Names() []string { return all.InitRegistry().Names() }\n"})
		for _, tc := range []struct{ dir, want string }{
			{".", "is a command"},
			{"app", "imports example.com/ttsapp/tts/all"},
		} {
			before := treeOf(t, dir)
			res := registrylint(t, dir, "new", "-registry", "tts.Adapter", "-name", "Zed", "-dir", tc.dir)
			if res.code != 2 || !strings.Contains(res.stderr, tc.want) {
				t.Errorf("new -dir %s: want exit 2 and %q; got %v", tc.dir, tc.want, res)
			}
			sameTree(t, "new -dir "+tc.dir, before, treeOf(t, dir))
		}
	})
}

// TestNewUnicodeName: any letter Go accepts in an identifier: the type
// and its receiver keep it (whole characters, not a byte of one); the
// package path, file and name, which must or had better be ASCII, fold
// it to ASCII.
func TestNewUnicodeName(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	checkNew(t, dir, "-registry", "tts.Adapter", "-name", "Éclair", "-test")
	src, err := os.ReadFile(filepath.Join(dir, "tts", "eclair", "eclair.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type Éclair struct", `const Name = "eclair"`, "func (é *Éclair) Execute("} {
		if !strings.Contains(string(src), want) {
			t.Errorf("eclair.go lacks %q:\n%s", want, src)
		}
	}
}

// TestNewAllOrNothing: when a step after the first file is written
// fails, nothing that new created is left and no file it edited is
// changed: a test file whose name is too long for the file system, an
// init file that cannot be replaced.
func TestNewAllOrNothing(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	// The package directory and its .go file fit in 255 bytes; the
	// _test.go file does not.
	long := "A" + strings.Repeat("b", 249)
	before := treeOf(t, dir)
	res := registrylint(t, dir, "new", "-registry", "tts.Adapter", "-name", long, "-test")
	if res.code != 2 || !strings.Contains(res.stderr, "nothing was written") {
		t.Errorf("new with a name too long for a test file: want exit 2 saying nothing was written; got %v", res)
	}
	sameTree(t, "a failed new", before, treeOf(t, dir))

	if os.Geteuid() == 0 {
		t.Log("running as root: a read-only directory does not stop a rename")
		return
	}
	all := filepath.Join(dir, "tts", "all")
	if err := os.Chmod(all, 0o555); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chmod(all, 0o755) }()
	res = registrylint(t, dir, "new", "-registry", "tts.Adapter", "-name", "MyTTS", "-test")
	if res.code != 2 {
		t.Errorf("new with a read-only init directory: want exit 2; got %v", res)
	}
	sameTree(t, "a failed new", before, treeOf(t, dir))
}

// TestWriteNewUndoes: when writing an edit fails after new files were
// created and another file was edited, the files and directories created
// are removed and the edited file gets its content back (a directory in
// place of a file makes the rename fail, for root too).
func TestWriteNewUndoes(t *testing.T) {
	dir := t.TempDir()
	edited := filepath.Join(dir, "edited.go")
	if err := os.WriteFile(edited, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	blocked := filepath.Join(dir, "blocked.go")
	if err := os.Mkdir(blocked, 0o755); err != nil {
		t.Fatal(err)
	}
	before := treeOf(t, dir)
	created := filepath.Join(dir, "a", "b", "new.go")
	err := writeNew(map[string][]byte{created: []byte("package b\n")}, []string{created}, []driver.FileChange{
		{Name: edited, Old: []byte("old"), New: []byte("new")},
		{Name: blocked, Old: nil, New: []byte("x")},
	})
	if err == nil || !strings.Contains(err.Error(), "nothing was written") {
		t.Errorf("writeNew: want an error saying nothing was written, got %v", err)
	}
	sameTree(t, "a failed writeNew", before, treeOf(t, dir))
}

// TestNewKubeLike: kube-scheduler's registry, a map of factories keyed by
// name constants whose values are CamelCase like the plugins' types,
// most of them wrapped by FactoryAdapter so that they see the feature
// gates: the new plugin is named in CamelCase too, its name joins the
// names package, and its factory is wrapped like the majority's.
func TestNewKubeLike(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newkube")
	got := checkNew(t, dir, "-registry", "framework.Plugin", "-name", "MyThing")
	if !strings.Contains(got.stdout, `is registered as "MyThing"`) {
		t.Errorf("want the CamelCase name MyThing:\n%v", got)
	}
	reg, _ := os.ReadFile(filepath.Join(dir, "plugins", "registry.go"))
	if !strings.Contains(string(reg), "\t\tmything.Name:         frameworkruntime.FactoryAdapter(fts, mything.New),\n") {
		t.Errorf("registry.go: want the new factory wrapped like most others:\n%s", reg)
	}
	names, _ := os.ReadFile(filepath.Join(dir, "plugins", "names", "names.go"))
	if !strings.Contains(string(names), "\tMyThing         = \"MyThing\"\n") {
		t.Errorf("names.go lacks the new name:\n%s", names)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "plugins", "mything", "mything.go"))
	for _, want := range []string{"const Name = names.MyThing", "feature.Features) (framework.Plugin, error) {"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("mything.go lacks %q:\n%s", want, src)
		}
	}
	if run := command(t, dir, "go", "run", "."); run.code != 0 || !strings.Contains(run.stdout, "MyThing") {
		t.Errorf("go run . after new: %v", run)
	}
}

// TestNewTofuLike: OpenTofu's backends have a schema method that nothing
// calls at start-up; the nearest sibling's is large, with helpers and
// messages that name it. The new backend models none of it: every
// method is a stub, no string of the sibling is copied or rewritten, and
// one receiver name serves every method.
func TestNewTofuLike(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newtofu")
	checkNew(t, dir, "-registry", "backend.Backend", "-name", "MyThing")
	src, _ := os.ReadFile(filepath.Join(dir, "backend", "remote-state", "mything", "mything.go"))
	for _, bad := range []string{"onsul", "address", "describe(", "endpointDescription", "lockHelp", "MyThing unexpectedly", "(b *MyThing)"} {
		if strings.Contains(string(src), bad) {
			t.Errorf("mything.go copies %q from its sibling:\n%s", bad, src)
		}
	}
	if !strings.Contains(string(src), "func (m *MyThing) ConfigSchema() *backend.Schema {") {
		t.Errorf("mything.go lacks a stub of ConfigSchema:\n%s", src)
	}
	if n := strings.Count(string(src), "\n"); n > 50 {
		t.Errorf("mything.go has %d lines, want a short file of stubs:\n%s", n, src)
	}
}

// TestNewModelledReceiver: a start-up method modelled on a sibling whose
// receiver is named takes the new type's receiver, the one its stubs
// have, in its signature and its body.
func TestNewModelledReceiver(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newprom")
	consul := filepath.Join(dir, "discovery", "consul", "consul.go")
	src, err := os.ReadFile(consul)
	if err != nil {
		t.Fatal(err)
	}
	named := strings.Replace(string(src), "func (*SDConfig) NewDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {\n", "func (c *SDConfig) NewDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {\n\tif c == nil {\n\t\treturn nil\n\t}\n", 1)
	writeTree(t, dir, map[string]string{"discovery/consul/consul.go": named})
	checkNew(t, dir, "-registry", "discovery.Config", "-name", "MyThing")
	got, _ := os.ReadFile(filepath.Join(dir, "discovery", "mything", "mything.go"))
	for _, want := range []string{
		"func (m *MyThing) NewDiscoverer() (discovery.Discoverer, error) {",
		"func (m *MyThing) NewDiscovererMetrics(reg discovery.Registerer) discovery.DiscovererMetrics {\n\tif m == nil {",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("mything.go lacks %q:\n%s", want, got)
		}
	}
}

// TestNewModelledInExistingPackage: a start-up method modelled on a
// sibling for an adapter that joins an existing package (here the
// interface's own, with -dir) is checked against that package once, not
// twice: the package's declarations no longer clash with themselves, so
// the metrics constructor is modelled and the program starts.
func TestNewModelledInExistingPackage(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "newprom")
	got := checkNew(t, dir, "-registry", "discovery.Config", "-name", "MyThing", "-dir", "discovery")
	if strings.Contains(got.stderr, "return zero values") {
		t.Errorf("the metrics constructor was not modelled:\n%v", got)
	}
	if run := command(t, dir, "go", "run", "."); run.code != 0 || !strings.Contains(run.stdout, "[consul dns mything]") {
		t.Errorf("go run . after new: %v", run)
	}
}
