package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// initDir holds the fixture modules of registrylint init: one per shape
// of registry seen in real code, and one of look-alikes that are none.
const initDir = "../../testdata/init"

// initCases are the fixtures of registrylint init and what each covers.
var initCases = []struct {
	dir, covers string
	none        bool // no registry is proposed
}{
	{"list", "OpenTofu's backend/init.Init: a map literal of factories (a func value, a function literal) assigned in one function: policy central; a test double in a non-test testing.go proposed under exclude", false},
	{"self", "Prometheus' discovery: RegisterConfig in the func init() of several packages, blank-imported by discovery/install: policy self with that aggregator; StaticConfig, built into the interface's package, excluded", false},
	{"helper", "node_exporter's registerCollector(name, enabled, factory) in the func init() of several files of one package: policy self, no aggregator", false},
	{"subtree", "kubernetes' NewInTreeRegistry: a map of factories whose registered plugins share a subtree, while an extender and a preemption candidate implement the interface elsewhere: packages proposed", false},
	{"traps", "no registry: an http.ServeMux routing table, an event bus attached from constructors, functional options, plain implementers of error, fmt.Stringer and sort.Interface, a registry filled only from a _test.go file", true},
	{"put", "register calls gathered in an unexported init method, through a register method of another name that stores its argument (Catalog.Put); wire forgotten", false},
	{"pkgvar", "a package-level variable holding a map literal of factories is the init function (init: path.codecs); toml forgotten", false},
	{"generic", "a generic registry type instantiated with the interface (registry.New[compress.Compressor]() then r.Register(\"gzip\", gzip.New())); lz4 forgotten", false},
	{"genvalues", "every adapter is a value of one generic type (storage.factory[C, B]): kept, with a comment on what can be checked; s3 registered twice", false},
	{"vars", "registrations of package-level variables resolve to what they hold; csv forgotten", false},
	{"consumer", "a consumer-defined interface: the sinks beside the registered ones never import it; kafka forgotten", false},
	{"mockcore", "self-registration with a forgotten blank import (the aggregator inferred all the same), and Caddy's registered production module MockCore, which is no test double whatever its name", false},
	{"external", "kubernetes' scheduler: the interface is declared in another module (example.com/schedapi), found from the map literal of factories in the analyzed one; spread forgotten", false},
	{"testhelper", "test helpers are no init or register functions (a testing.go file, a testing.TB parameter, storetest and fakestore packages), one adapter and nil are not different adapters: the real init function app.Open is found; redis forgotten", false},
	{"fanout", "no registry: OpenTofu's views, whose NewApply returns a fan-out literal ApplyMulti{human, &ApplyJSON{}} and NewPlan a tee holding []Plan{...}", true},
	{"converter", "no registry: a converter (structured.FromJsonChange) and a formatter that take an interface argument and keep nothing", true},
}

// copyInitFixture copies fixture name of testdata/init into a temporary
// directory.
func copyInitFixture(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(initDir, name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestInit runs registrylint init on each fixture and compares the
// proposal with the fixture's init.golden; then writes it with -w, lints
// with it and compares the findings with lint.golden; then checks that
// -w refuses to overwrite the file. -update rewrites the goldens.
func TestInit(t *testing.T) {
	t.Parallel()
	for _, c := range initCases {
		t.Run(c.dir, func(t *testing.T) {
			t.Parallel()
			dir := copyInitFixture(t, c.dir)
			res := registrylint(t, dir, "init", "./...")
			if res.code != 0 {
				t.Fatalf("init: %v", res)
			}
			golden(t, filepath.Join(initDir, c.dir, "init.golden"), res.stdout)

			res = registrylint(t, dir, "init", "-w")
			if res.code != 0 {
				t.Fatalf("init -w: %v", res)
			}
			written, err := os.ReadFile(filepath.Join(dir, ".registrylint.yml"))
			found := !c.none
			switch {
			case found && err != nil:
				t.Fatalf("init -w wrote no .registrylint.yml: %v (%v)", err, res)
			case found && strings.Replace(string(written), writtenHeader, printedHeader, 1) != res0(t, dir):
				t.Errorf("init -w wrote something else than init prints (but for its header):\n%s", written)
			case !found && err == nil:
				t.Errorf("init -w wrote a configuration with no registry")
			}

			lint := registrylint(t, dir, "./...")
			if lint.code == 2 {
				t.Fatalf("lint with the proposal: %v", lint)
			}
			golden(t, filepath.Join(initDir, c.dir, "lint.golden"), lint.stderr)
			if !found {
				return
			}
			initAgreesWithList(t, dir)
			again := registrylint(t, dir, "init", "-w")
			if again.code != 2 || strings.Count(again.stderr, "\n") != 1 || !strings.Contains(again.stderr, ".registrylint.yml exists") {
				t.Errorf("init -w over an existing .registrylint.yml: want exit 2 and one line; got %v", again)
			}
		})
	}
}

// initAgreesWithList checks, in dir with the proposal written, that the
// evidence of init -json names the adapters that list -json names, with
// the same registered and not registered, and the same counts.
func initAgreesWithList(t *testing.T, dir string) {
	t.Helper()
	var proposal struct {
		Registries []struct {
			Interface                              string
			Adapters                               int
			Registered, NotRegistered, NotImported []struct{ TypeKey string }
		}
	}
	var inventory struct {
		Registries []struct {
			Interface string
			Adapters  []struct {
				TypeKey    string
				Registered bool
			}
		}
	}
	for _, out := range []struct {
		args []string
		v    any
	}{{[]string{"init", "-json"}, &proposal}, {[]string{"list", "-json", "./..."}, &inventory}} {
		res := registrylint(t, dir, out.args...)
		if err := json.Unmarshal([]byte(res.stdout), out.v); err != nil {
			t.Fatalf("%s: %v (%v)", strings.Join(out.args, " "), err, res)
		}
	}
	listed := make(map[string]string)
	for _, r := range inventory.Registries {
		var reg, not []string
		for _, a := range r.Adapters {
			if a.Registered {
				reg = append(reg, a.TypeKey)
			} else {
				not = append(not, a.TypeKey)
			}
		}
		slices.Sort(reg)
		slices.Sort(not)
		listed[r.Interface] = fmt.Sprintf("%d adapters, registered %v, not registered %v", len(r.Adapters), reg, not)
	}
	for _, p := range proposal.Registries {
		var reg, not []string
		for _, a := range p.Registered {
			reg = append(reg, a.TypeKey)
		}
		for _, a := range append(p.NotRegistered, p.NotImported...) {
			not = append(not, a.TypeKey)
		}
		slices.Sort(reg)
		slices.Sort(not)
		if got := fmt.Sprintf("%d adapters, registered %v, not registered %v", p.Adapters, reg, not); got != listed[p.Interface] {
			t.Errorf("%s: init says %s; list says %s", p.Interface, got, listed[p.Interface])
		}
	}
}

// The second header line of a proposal printed, and written by -w.
const (
	printedHeader = "# Review it, then save it as .registrylint.yml at the module root (registrylint init -w).\n"
	writtenHeader = "# Written by registrylint init -w: review it, and edit it as the code changes.\n"
)

// res0 returns what init prints in dir now that .registrylint.yml is
// written (the proposal does not depend on it).
func res0(t *testing.T, dir string) string {
	t.Helper()
	return registrylint(t, dir, "init").stdout
}

// golden compares got with the file name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestInitExample: on the example with its directives removed, init
// proposes the registry the directives declare, and linting with the
// proposal reports what the README's quick start reports, rule by rule.
func TestInitExample(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	directive := regexp.MustCompile(`(?m)^.*//registrylint:.*\n`)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, directive.ReplaceAll(src, nil), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if res := registrylint(t, dir, "./..."); res.code != 0 || !strings.Contains(res.stderr, "run registrylint init") {
		t.Fatalf("without directives, want exit 0 and the note naming registrylint init; got %v", res)
	}
	res := registrylint(t, dir, "init", "-json")
	var out struct {
		Registries []struct {
			Interface, Shape, Confidence string
			Config                       struct{ Init, Policy string }
			Adapters                     int
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil || res.code != 0 {
		t.Fatalf("init -json: %v (%v)", err, res)
	}
	if len(out.Registries) != 1 {
		t.Fatalf("want one registry, got %+v", out.Registries)
	}
	r := out.Registries[0]
	if r.Interface != "example.com/ttsapp/tts.Adapter" || r.Config.Init != "example.com/ttsapp/tts/all.InitRegistry" || r.Config.Policy != "central" || r.Confidence != "high" || r.Adapters != 5 {
		t.Errorf("want tts.Adapter, init all.InitRegistry, central, high, 5 adapters; got %+v", r)
	}
	if res := registrylint(t, dir, "init", "-w"); res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	lint := registrylint(t, dir, "./...")
	want, err := os.ReadFile(filepath.Join(exampleDir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ruleIDs(lint.stderr), ruleIDs(string(want)); got != want || got == "" {
		t.Errorf("findings by rule with the proposal: %s; with the directives: %s\n%v", got, want, lint)
	}
}

// ruleIDs returns the rule IDs of the findings in text output, in order.
func ruleIDs(out string) string {
	var ids []string
	for _, m := range regexp.MustCompile(`(?m) \(([a-z-]+)\)$`).FindAllStringSubmatch(out, -1) {
		ids = append(ids, m[1])
	}
	return strings.Join(ids, " ")
}

// TestLintInfersAggregator: under policy self without aggregator:, the
// lint checks the adapter packages against the package that blank-imports
// most of them, as init proposes and list counts: consul, which it does
// not import, is reported; nothing else is.
func TestLintInfersAggregator(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "self")
	writeTree(t, dir, map[string]string{".registrylint.yml": `registries:
  - adapter: example.com/prom/discovery.Config
    register: ["example.com/prom/discovery.RegisterConfig"]
    policy: self
    exclude: ["example.com/prom/discovery.StaticConfig"]
`})
	res := registrylint(t, dir, "./...")
	want := "discovery/consul/consul.go:2:1: package example.com/prom/discovery/consul declares adapters of discovery.Config (policy self) but aggregator example.com/prom/discovery/install (inferred: it blank-imports the most adapter packages) does not import it, so its init() never runs; add import _ \"example.com/prom/discovery/consul\" to example.com/prom/discovery/install (unregistered)\n"
	if res.code != 1 || res.stderr != want {
		t.Errorf("want exit 1 and\n%s\ngot %v", want, res)
	}
}

// TestConfigNameTypo: a configured name that does not exist is an error
// (exit 2) when its package is a loaded dependency, and a bad-directive
// finding when the package is analyzed; never a silent pass.
func TestConfigNameTypo(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "list")
	writeTree(t, dir, map[string]string{".registrylint.yml": `registries:
  - adapter: example.com/tofu/backend.NoSuchBackend
    init: example.com/tofu/backend/init.Init
`})
	dep := registrylint(t, dir, "./backend/init/...")
	want := "registrylint: .registrylint.yml: registries[0].adapter: package example.com/tofu/backend has no interface type NoSuchBackend\n"
	if dep.code != 2 || dep.stderr != want {
		t.Errorf("typo in a dependency: want exit 2 and %q; got %v", want, dep)
	}
	list := registrylint(t, dir, "list", "./backend/init/...")
	if list.code != 2 || !strings.Contains(list.stderr, "has no interface type NoSuchBackend") {
		t.Errorf("list with a typo in a dependency: want exit 2; got %v", list)
	}
	all := registrylint(t, dir, "./...")
	if all.code != 1 || !strings.Contains(all.stderr, `has no type NoSuchBackend (bad-directive)`) {
		t.Errorf("typo in an analyzed package: want the bad-directive finding; got %v", all)
	}
}

// TestConfigMatchesNothing: a configured registry whose interface's
// package is not loaded, a packages: pattern that matches no loaded
// package, and a .registrylint.yaml (not .yml) each get a warning on
// stderr, not a silent pass.
func TestConfigMatchesNothing(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "subtree")
	writeTree(t, dir, map[string]string{".registrylint.yml": `registries:
  - adapter: example.com/sched/framework.Plugin
    init: example.com/sched/framework/plugins/registry.NewInTreeRegistry
    packages: ["example.com/sched/framework/plugin/..."]
  - adapter: example.com/sched/framewrk.Plugin
`})
	res := registrylint(t, dir, "./...")
	for _, want := range []string{
		`registrylint: warning: .registrylint.yml: registries[0].packages: "example.com/sched/framework/plugin/..." matches no loaded package, so adapters there are not checked (a typo in the path?)`,
		`registrylint: warning: .registrylint.yml: registries[1].adapter: package example.com/sched/framewrk is not among the loaded packages, so this registry checks nothing here`,
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("want %q; got %v", want, res)
		}
	}
	if err := os.Rename(filepath.Join(dir, ".registrylint.yml"), filepath.Join(dir, ".registrylint.yaml")); err != nil {
		t.Fatal(err)
	}
	res = registrylint(t, dir, "./...")
	if want := "registrylint: warning: .registrylint.yaml is not read: the configuration file is .registrylint.yml\n"; !strings.Contains(res.stderr, want) {
		t.Errorf("want %q; got %v", want, res)
	}
}

// TestInitDotlessModule runs the list fixture as a module whose path has
// no dot ("module tofu", as applications often are): its interfaces are
// the user's, not the standard library's, so init proposes the same
// registry and the lint reports the same findings as under example.com.
func TestInitDotlessModule(t *testing.T) {
	t.Parallel()
	dir := copyInitFixture(t, "list")
	const from, to = "example.com/tofu", "tofu"
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, []byte(strings.ReplaceAll(string(data), from, to)), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	want := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	res := registrylint(t, dir, "init", "-w")
	if res.code != 0 {
		t.Fatalf("init -w: %v", res)
	}
	if got := res0(t, dir); got != want("init.golden") {
		t.Errorf("init in a dotless module:\n%s\nwant (init.golden with %s for %s):\n%s", got, to, from, want("init.golden"))
	}
	if lint := registrylint(t, dir, "./..."); lint.stderr != want("lint.golden") {
		t.Errorf("lint in a dotless module:\n%s\nwant (lint.golden with %s for %s):\n%s", lint.stderr, to, from, want("lint.golden"))
	}
}

// TestInitWorkspace: in a go.work workspace, init -w writes the proposal
// at the module root of the packages it is about, one file per module
// (each with the registries of that module's packages), whether it runs
// at the workspace root or inside one module; a run inside each module
// then finds its file. It never overwrites: a second run writes nothing.
func TestInitWorkspace(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	for _, from := range []string{".", "tofu"} {
		t.Run("from "+from, func(t *testing.T) {
			t.Parallel()
			root := filepath.Join(t.TempDir(), "ws")
			for dir, fixture := range map[string]string{"tofu": "list", "prom": "self"} {
				if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join(initDir, fixture))); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(root, "go.work"), []byte("go 1.26\n\nuse (\n\t./tofu\n\t./prom\n)\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			env := []string{"GOWORK=" + filepath.Join(root, "go.work")}
			pkgs := map[string][]string{".": {"./tofu/...", "./prom/..."}, "tofu": {"./...", "../prom/..."}}[from]
			res := commandEnv(t, filepath.Join(root, from), env, binary, append([]string{"init", "-w"}, pkgs...)...)
			if res.code != 0 {
				t.Fatalf("init -w %v from %s: %v", pkgs, from, res)
			}
			if _, err := os.Stat(filepath.Join(root, ".registrylint.yml")); err == nil {
				t.Errorf("init -w wrote .registrylint.yml at the workspace root, where no module finds it")
			}
			for mod, want := range map[string]struct{ own, other string }{
				"tofu": {"example.com/tofu/", "example.com/prom/"},
				"prom": {"example.com/prom/", "example.com/tofu/"},
			} {
				data, err := os.ReadFile(filepath.Join(root, mod, ".registrylint.yml"))
				if err != nil || !strings.Contains(string(data), "adapter: \""+want.own) || strings.Contains(string(data), "adapter: \""+want.other) {
					t.Errorf("%s/.registrylint.yml: want the registry of %s alone; got %v\n%s", mod, mod, err, data)
				}
				lint := commandEnv(t, filepath.Join(root, mod), env, binary, "./...")
				if lint.code == 2 || strings.Contains(lint.stderr, "no registry is declared") {
					t.Errorf("lint inside %s: want its registry found; got %v", mod, lint)
				}
			}
			again := commandEnv(t, filepath.Join(root, from), env, binary, append([]string{"init", "-w"}, pkgs...)...)
			if again.code != 2 || !strings.Contains(again.stderr, ".registrylint.yml exists") {
				t.Errorf("init -w again: want exit 2, not overwriting; got %v", again)
			}
		})
	}
}
