package main

// End-to-end tests: TestMain builds the command once, and each test runs
// it (or go vet with it as -vettool) on a copy of a fixture module from
// testdata/. They are skipped under -short.
//
// The tests named TestRules* assert findings of the registrylint rules
// themselves (unregistered, missing-init, the whole-program check and
// the unregistered fix); the others only need the command and driver.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
)

// binary is the path of the command built by TestMain ("" under -short).
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	if testing.Short() {
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "registrylint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "registrylint")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building registrylint: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// fixture copies testdata/name into a new directory and returns the copy.
func fixture(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// result is the outcome of a command.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// command runs name with args in dir, with the fixtures cut off from any
// go.work and from the network (they have no dependencies).
func command(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return commandEnv(t, dir, nil, name, args...)
}

// commandEnv is command with env added to (and overriding) the
// environment.
func commandEnv(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS="), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatal(err)
		}
		code = exit.ExitCode()
	}
	return result{code, stdout.String(), stderr.String()}
}

// registrylint runs the command in dir.
func registrylint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return command(t, dir, binary, args...)
}

func TestBadFlag(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	got := registrylint(t, dir, "-bogus", "./...")
	if got.code != 2 || !strings.Contains(got.stderr, "-bogus") {
		t.Errorf("want exit 2 naming the flag; got %v", got)
	}
}

func TestNoPackages(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	if got := registrylint(t, dir); got.code != 2 || !strings.Contains(got.stderr, "usage:") {
		t.Errorf("want exit 2 and the usage; got %v", got)
	}
}

// TestConfigNamedCfg: a config file whose name ends in .cfg, with no
// packages, is a user's mistake, not the go vet protocol.
func TestConfigNamedCfg(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	if err := os.WriteFile(filepath.Join(dir, "x.cfg"), []byte("disable: [dynamic-name]\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	got := registrylint(t, dir, "-config", "x.cfg")
	if got.code != 2 || !strings.Contains(got.stderr, "no packages given") || strings.Contains(got.stderr, "vet") {
		t.Errorf("want exit 2 and \"no packages given\"; got %v", got)
	}
}

func TestBadConfig(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "badconfig")
	got := registrylint(t, dir, "-config", "registrylint.yml", "./...")
	if got.code != 2 || !strings.Contains(got.stderr, `registrylint.yml:4: severity: unknown key`) {
		t.Errorf("want exit 2 naming the unknown key severity and its line; got %v", got)
	}
	got = registrylint(t, dir, "-config", "nosuch.yml", "./...")
	if got.code != 2 || !strings.Contains(got.stderr, "nosuch.yml") {
		t.Errorf("missing config file: want exit 2 naming it; got %v", got)
	}
}

// TestConfigSyntaxErrorLine: a discovered configuration file that YAML
// rejects without a line (invalid UTF-8, a control character, an unknown
// anchor) is named with the line, in the command and in list.
func TestConfigSyntaxErrorLine(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	for content, want := range map[string]string{
		"disable: [dynamic-name]\n\ninclude-tests: \xff\n":  ".registrylint.yml:3: not valid YAML: invalid leading UTF-8 octet",
		"disable: [dynamic-name]\ninclude-tests: \x1b[2J\n": ".registrylint.yml:2: not valid YAML: control characters are not allowed",
		"disable: [dynamic-name]\nregistries: *nosuch\n":    ".registrylint.yml:2: not valid YAML: unknown anchor 'nosuch' referenced",
	} {
		if err := os.WriteFile(filepath.Join(dir, ".registrylint.yml"), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"./..."}, {"list", "./..."}} {
			got := registrylint(t, dir, args...)
			if got.code != 2 || !strings.Contains(got.stderr, want) {
				t.Errorf("registrylint %s with %q: want exit 2 and %s; got %v", strings.Join(args, " "), content, want, got)
			}
		}
	}
}

// TestMissingPackage: a load error without a position is printed as its
// message alone, not as "-: message".
func TestMissingPackage(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	got := registrylint(t, dir, "./nosuch")
	if got.code != 2 || !strings.Contains(got.stderr, "nosuch") || strings.Contains(got.stderr, "-: ") {
		t.Errorf("want exit 2 and the error without a \"-:\" position; got %v", got)
	}
}

func TestTypeError(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "typeerror")
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}, {"-sarif", "./..."}} {
		got := registrylint(t, dir, args...)
		if got.code != 2 || !strings.Contains(got.stderr, filepath.FromSlash("p/p.go:5:13")) || !strings.Contains(got.stderr, "cannot use") {
			t.Errorf("%q: want exit 2 with the type error on stderr; got %v", args, got)
		}
	}
}

func TestClean(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	for _, args := range [][]string{
		{"./..."},
		{"-config", "registrylint.yml", "./..."},
		{"-test=false", "./..."},
		{"-include-tests", "./..."},
	} {
		if got := registrylint(t, dir, args...); got.code != 0 || got.stdout != "" || got.stderr != "" {
			t.Errorf("%q: want exit 0 and no output; got %v", args, got)
		}
	}
	if got := registrylint(t, dir, "-json", "./..."); got.code != 0 || got.stdout != "{}\n" {
		t.Errorf("-json: want exit 0 and {}; got %v", got)
	}
	got := registrylint(t, dir, "-sarif", "./...")
	var log struct{ Runs []struct{ Results []any } }
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil || got.code != 0 || len(log.Runs) != 1 || len(log.Runs[0].Results) != 0 {
		t.Errorf("-sarif: want exit 0 and no results (%v); got %v", err, got)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	got := registrylint(t, dir, "-V=full")
	f := strings.Fields(got.stdout)
	// What cmd/go/internal/work.toolID requires of a -vettool.
	if got.code != 0 || len(f) < 3 || f[1] != "version" || !strings.Contains(f[2], "devel") || !strings.HasPrefix(f[len(f)-1], "buildID=") {
		t.Errorf("-V=full: %v", got)
	}
}

func TestVetFlags(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	got := registrylint(t, dir, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(got.stdout), &flags); err != nil || got.code != 0 {
		t.Fatalf("-flags: %v; %v", err, got)
	}
	names := make(map[string]bool)
	for _, f := range flags {
		names[f.Name] = true
	}
	// Unprefixed, so that go vet accepts -config and -include-tests.
	if !names["config"] || !names["include-tests"] {
		t.Errorf("-flags lacks config or include-tests: %s", got.stdout)
	}
}

func TestVetClean(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	if got := command(t, dir, "go", "vet", "-vettool="+binary, "./..."); got.code != 0 {
		t.Errorf("go vet: %v", got)
	}
	// go vet runs the tool in each package's directory: the
	// configuration needs an absolute path.
	cfg := filepath.Join(dir, "registrylint.yml")
	if got := command(t, dir, "go", "vet", "-vettool="+binary, "-config="+cfg, "./..."); got.code != 0 {
		t.Errorf("go vet -config: %v", got)
	}
}

func TestVetBadConfig(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "badconfig")
	cfg := filepath.Join(dir, "registrylint.yml")
	// The reason, not just unitchecker's "failed prerequisites".
	if got := command(t, dir, "go", "vet", "-vettool="+binary, "-config="+cfg, "./..."); got.code == 0 || !strings.Contains(got.stderr, `severity: unknown key`) {
		t.Errorf("go vet with a bad config: want a failure naming the key \"severity\"; got %v", got)
	}
}

// The tests below assert findings of the registrylint rules.

// unregisteredAt is where the unregistered fixture's finding is reported:
// at the init function, which does not register *tts.Espeak.
var unregisteredAt = filepath.FromSlash("tts/all/all.go:19:6: ")

func TestRulesUnregistered(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	got := registrylint(t, dir, "./...")
	if got.code != 1 || got.stdout != "" {
		t.Errorf("want exit 1 and nothing on stdout; got %v", got)
	}
	// all.go is in tts/all and its test variant: reported once.
	if n := strings.Count(got.stderr, "(unregistered)"); n != 1 || !strings.HasPrefix(got.stderr, unregisteredAt) || !strings.Contains(got.stderr, "Espeak") {
		t.Errorf("want one unregistered finding for Espeak at %s; got %v", unregisteredAt, got)
	}
}

func TestRulesUnregisteredJSON(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	got := registrylint(t, dir, "-json", "./...")
	if got.code != 1 {
		t.Errorf("-json: want exit 1; got %v", got)
	}
	var tree map[string]map[string][]struct {
		Category, Posn, Message, URL string
	}
	if err := json.Unmarshal([]byte(got.stdout), &tree); err != nil {
		t.Fatalf("%v\n%v", err, got)
	}
	diags := tree["example.com/e2e/unregistered/tts/all"]["registrylint"]
	if len(diags) != 1 {
		t.Fatalf("want one diagnostic for package tts/all; got %v", got)
	}
	d := diags[0]
	if d.Category != "unregistered" || d.URL != "https://github.com/registrylint/registrylint/blob/main/docs/rules.md#unregistered" ||
		!strings.HasSuffix(d.Posn, filepath.FromSlash("tts/all/all.go:19:6")) || !strings.Contains(d.Message, "Espeak") {
		t.Errorf("diagnostic = %+v", d)
	}
}

func TestRulesUnregisteredSARIF(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	got := registrylint(t, dir, "-sarif", "./...")
	if got.code != 1 {
		t.Errorf("-sarif: want exit 1; got %v", got)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct{ ID, HelpURI string }
				}
			}
			Results []struct {
				RuleID, Level string
				Locations     []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%v\n%v", err, got)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "registrylint" || len(run.Tool.Driver.Rules) != len(analyzer.Rules()) {
		t.Errorf("tool.driver = %+v, want registrylint with every rule", run.Tool.Driver)
	}
	if len(run.Results) != 1 {
		t.Fatalf("want one result; got %v", got)
	}
	r := run.Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "unregistered" || r.Level != "warning" || loc.ArtifactLocation.URI != "tts/all/all.go" ||
		loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine != 19 || loc.Region.StartColumn != 6 {
		t.Errorf("result = %+v", r)
	}
}

func TestRulesUnregisteredFix(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	got := registrylint(t, dir, "-fix", "./...")
	if got.code != 0 {
		t.Errorf("-fix: want exit 0 (fixed); got %v", got)
	}
	data, err := os.ReadFile(filepath.Join(dir, "tts", "all", "all.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\t\tr.Register(tts.NewEspeak())\n") {
		t.Errorf("all.go does not register Espeak:\n%s", data)
	}
	if got := command(t, dir, "go", "build", "./..."); got.code != 0 {
		t.Errorf("the fixed module does not build: %v", got)
	}
	if got := registrylint(t, dir, "./..."); got.code != 0 {
		t.Errorf("after -fix: %v", got)
	}
}

func TestRulesUnregisteredDiff(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	name := filepath.Join(dir, "tts", "all", "all.go")
	before, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	got := registrylint(t, dir, "-diff", "./...")
	if got.code != 1 || !strings.Contains(got.stdout, "+++ b/tts/all/all.go\n") || !strings.Contains(got.stdout, "\n+\t\tr.Register(tts.NewEspeak())\n") {
		t.Errorf("-diff: want exit 1 and the diff on stdout; got %v", got)
	}
	if after, _ := os.ReadFile(name); !bytes.Equal(after, before) {
		t.Errorf("-diff changed all.go:\n%s", after)
	}
}

func TestRulesVetUnregistered(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	got := command(t, dir, "go", "vet", "-vettool="+binary, "./...")
	// go vet prints no category: the message starts with the rule ID,
	// exactly once.
	if got.code == 0 || !strings.Contains(got.stderr, ".go:19:6: unregistered: adapter ") || !strings.Contains(got.stderr, "Espeak") ||
		strings.Contains(got.stderr, "(unregistered)") || strings.Contains(got.stderr, "unregistered: unregistered") {
		t.Errorf("go vet: want a failure reporting Espeak as \"unregistered: adapter ...\"; got %v", got)
	}
	got = registrylint(t, dir, "./...")
	if got.code != 1 || strings.Contains(got.stderr, "unregistered: ") || !strings.Contains(got.stderr, "(unregistered)") {
		t.Errorf("registrylint: want the rule ID once, as the (unregistered) suffix; got %v", got)
	}
}

// TestRulesVetTransitive: a package that reaches the registry only
// through another package (main imports backends, which imports storage)
// gets the same outside-init finding under go vet, which passes on the
// package facts of direct imports only, as under the standalone command.
func TestRulesVetTransitive(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "transitive")
	want := filepath.FromSlash("cmd/server/main.go:14:2: ")
	got := registrylint(t, dir, "./cmd/server")
	if got.code != 1 || !strings.HasPrefix(got.stderr, want) || !strings.Contains(got.stderr, "(outside-init)") {
		t.Fatalf("registrylint: want outside-init at %s; got %v", want, got)
	}
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./cmd/server")
	cmd.Dir = dir
	// A fresh build cache: facts come from the vet runs of the imports.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=", "GOCACHE="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "cmd/server/main.go:14:2: outside-init: ") {
		t.Errorf("go vet: want outside-init at main.go:14:2; got %v\n%s", err, out)
	}
}

func TestRulesWholeProgram(t *testing.T) {
	t.Parallel()
	// No init function can see package extra/espeak: the whole-program
	// check reports its adapter at the type.
	dir := fixture(t, "orphan")
	got := registrylint(t, dir, "./...")
	want := filepath.FromSlash("extra/espeak/espeak.go:12:6: ")
	if got.code != 1 || !strings.HasPrefix(got.stderr, want) || !strings.Contains(got.stderr, "(unregistered)") {
		t.Errorf("want exit 1 and unregistered at %s; got %v", want, got)
	}
	// all_test.go loads a test variant of the init function's package:
	// the message names the init function once.
	if !strings.Contains(got.stderr, "where all.InitRegistry registers") {
		t.Errorf("want the init function named once, as all.InitRegistry; got %v", got)
	}
	got = registrylint(t, dir, "-json", "./...")
	if got.code != 1 || !strings.Contains(got.stdout, `"example.com/e2e/orphan/extra/espeak"`) {
		t.Errorf("-json: want exit 1, listed under the adapter's package; got %v", got)
	}

	// Without init function, missing-init at the interface.
	dir = fixture(t, "noinit")
	got = registrylint(t, dir, "./...")
	want = filepath.FromSlash("tts/tts.go:9:6: ")
	if got.code != 1 || !strings.HasPrefix(got.stderr, want) || !strings.Contains(got.stderr, "(missing-init)") {
		t.Errorf("want exit 1 and missing-init at %s; got %v", want, got)
	}
}

// TestFileArguments: files named on the command line (the
// command-line-arguments package) are named by their path in messages.
func TestFileArguments(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "filearg")
	got := registrylint(t, dir, "main.go")
	if got.code != 1 || !strings.Contains(got.stderr, "main.go:29:6: adapter French (main.go:17) implements Greeter") || strings.Contains(got.stderr, "command-line-arguments") {
		t.Errorf("want unregistered naming main.go:17; got %v", got)
	}
}

// TestConfigDiscovery: without -config, .registrylint.yml (then
// registrylint.yml) is found from each package's directory up to its
// module root, by the command and under go vet; a relative -config under
// go vet is resolved against the module root.
func TestConfigDiscovery(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "unregistered")
	if got := registrylint(t, dir, "./..."); got.code != 1 {
		t.Fatalf("without a config file: want exit 1; got %v", got)
	}
	// registrylint.yml at the module root, .registrylint.yml (preferred)
	// nearer the package of the finding.
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("registrylint.yml", "disable: [dynamic-name]\n")
	write("tts/all/.registrylint.yml", "disable: [unregistered]\n")
	if got := registrylint(t, dir, "./..."); got.code != 0 {
		t.Errorf("registrylint with tts/all/.registrylint.yml disabling unregistered: want exit 0; got %v", got)
	}
	if got := command(t, dir, "go", "vet", "-vettool="+binary, "./..."); got.code != 0 {
		t.Errorf("go vet with tts/all/.registrylint.yml disabling unregistered: want exit 0; got %v", got)
	}
	// -config overrides discovery; relative, go vet finds it from the
	// module root although it runs the tool in each package's directory.
	write("strict.yml", "include-tests: false\n")
	if got := registrylint(t, dir, "-config", "strict.yml", "./..."); got.code != 1 {
		t.Errorf("registrylint -config strict.yml: want exit 1; got %v", got)
	}
	if got := command(t, dir, "go", "vet", "-vettool="+binary, "-config=strict.yml", "./..."); got.code == 0 || !strings.Contains(got.stderr, "Espeak") {
		t.Errorf("go vet -config=strict.yml: want the finding; got %v", got)
	}
}

// TestConfigDiscoveryError: an error in a discovered file fails the run
// (exit 2) and is printed once, not once per package.
func TestConfigDiscoveryError(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "badconfig")
	got := registrylint(t, dir, "./...")
	if got.code != 2 || strings.Count(got.stderr, "severity: unknown key") != 1 {
		t.Errorf("want exit 2 and the error once; got %v", got)
	}
	// Before any analysis, in the form of -config's errors: each line
	// "registrylint: file:line: key: ...", the file relative to the
	// working directory, the lines in file order.
	if err := os.WriteFile(filepath.Join(dir, "registrylint.yml"), []byte("disable: [bogus]\nseverity: high\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got = registrylint(t, dir, "./...")
	want := "registrylint: registrylint.yml:1: disable[0]: unknown rule \"bogus\""
	lines := strings.Split(strings.TrimSpace(got.stderr), "\n")
	if got.code != 2 || len(lines) != 2 || !strings.HasPrefix(lines[0], want) || !strings.HasPrefix(lines[1], "registrylint: registrylint.yml:2: severity: unknown key") {
		t.Errorf("want exit 2 and two lines, %q... then line 2's; got %v", want, got)
	}
	list := registrylint(t, dir, "list", "./...")
	if list.code != 2 || !strings.Contains(list.stderr, "registrylint list: registrylint.yml:1: disable[0]") {
		t.Errorf("list: want exit 2 and the error; got %v", list)
	}
}

// TestVetSeesConfigEdits: go vet caches each package's result by the
// tool's -V=full build ID; that ID covers the module's configuration
// files, so an edited .registrylint.yml is not answered from the cache.
func TestVetSeesConfigEdits(t *testing.T) {
	t.Parallel()
	dir := copyExample(t) // a new directory: no result of it is cached yet
	vet := func(config string) result {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, ".registrylint.yml"), []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
		return command(t, dir, "go", "vet", "-vettool="+binary, "./...")
	}
	first := vet("disable: [name-switch]\n")
	if strings.Contains(first.stderr, "name-switch:") || !strings.Contains(first.stderr, "outside-init:") {
		t.Fatalf("name-switch disabled: want outside-init and no name-switch; got %v", first)
	}
	second := vet("disable: [outside-init]\n")
	if !strings.Contains(second.stderr, "name-switch:") || strings.Contains(second.stderr, "outside-init:") {
		t.Errorf("after the edit (outside-init disabled): want name-switch and no outside-init; got %v", second)
	}
}

// TestConfigErrorUnderVet: under go vet, a mistake in a discovered
// configuration is printed (not only "failed prerequisites") and fails
// the run every time: go vet caches no result of a failed run.
func TestConfigErrorUnderVet(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "badconfig")
	cache := t.TempDir()
	for run := 1; run <= 2; run++ {
		got := commandEnv(t, dir, []string{"GOCACHE=" + cache}, "go", "vet", "-vettool="+binary, "./...")
		if got.code == 0 || !strings.Contains(got.stderr, "severity: unknown key") {
			t.Errorf("go vet, run %d: want a failure naming the key; got %v", run, got)
		}
	}
}

// TestHelpListsRulesOnce: -help lists each rule once, and cites no file
// that users do not have.
func TestHelpListsRulesOnce(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	got := registrylint(t, dir, "-help")
	if got.code != 0 {
		t.Fatalf("-help: %v", got)
	}
	for _, r := range analyzer.Rules() {
		id := r.ID
		if n := strings.Count(got.stdout, "  - "+id+":") + strings.Count(got.stdout, "\n  "+id+" "); n != 1 {
			t.Errorf("-help lists rule %s %d times:\n%s", id, n, got.stdout)
		}
	}
	if strings.Contains(got.stdout, "SPEC") {
		t.Errorf("-help cites SPEC, which users do not have:\n%s", got.stdout)
	}
}

// TestFirstContactCompilesNothing: on a module that declares no registry
// (no directive in it or its dependencies, no configuration), the command
// says so and exits 0 without compiling anything: every compile fails
// under -toolexec=/bin/false, and the run still answers. A module that
// declares one is compiled (the same toolexec makes its load fail), and
// a configuration file, even an empty one, is a declaration too.
func TestFirstContactCompilesNothing(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	noCompile := []string{"GOFLAGS=-toolexec=/bin/false", "GOCACHE=" + t.TempDir()}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":  "module example.com/noreg\n\ngo 1.24\n",
		"main.go": "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\n// Handler is no registry.\ntype Handler interface{ Serve() }\n\nfunc main() { fmt.Println(http.StatusOK) }\n",
	})
	got := commandEnv(t, dir, noCompile, binary, "./...")
	if got.code != 0 || !strings.Contains(got.stderr, "no registry is declared") {
		t.Errorf("no registry: want exit 0 and the note without compiling, got %v", got)
	}
	example := copyExample(t)
	if got := commandEnv(t, example, noCompile, binary, "./..."); got.code != 2 {
		t.Errorf("the example declares registries and must be compiled (exit 2 under -toolexec=/bin/false), got %v", got)
	}
	writeTree(t, dir, map[string]string{".registrylint.yml": "registries: []\n"})
	if got := commandEnv(t, dir, noCompile, binary, "./..."); got.code != 2 {
		t.Errorf("with a configuration file the module must be loaded (exit 2 under -toolexec=/bin/false), got %v", got)
	}
}
