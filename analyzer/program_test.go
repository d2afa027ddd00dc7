package analyzer_test

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// runProgram loads the GOPATH-style fixture packages under testdata/src,
// runs the analyzer and the whole-program checks, and returns the latter
// as "file:line: category: message" lines, sorted.
func runProgram(t *testing.T, cfg *analyzer.Config, patterns ...string) []string {
	t.Helper()
	return runProgramTests(t, cfg, false, patterns...)
}

// runProgramTests is runProgram, loading the packages' tests too (their
// test variants and the generated test mains) when tests is set, as the
// command does by default.
func runProgramTests(t *testing.T, cfg *analyzer.Config, tests bool, patterns ...string) []string {
	t.Helper()
	dir := testdata(t)
	diags, fset := programDiagnostics(t, cfg, tests, patterns...)
	var lines []string
	for _, d := range diags {
		p := fset.Position(d.Pos)
		rel, _ := filepath.Rel(filepath.Join(dir, "src"), p.Filename)
		line := fmt.Sprintf("%s:%d: %s: %s", filepath.ToSlash(rel), p.Line, d.Category, d.Message)
		if d.URL != ruleURL(d.Category) {
			t.Errorf("%s: URL %q", line, d.URL)
		}
		for _, f := range d.SuggestedFixes {
			line += " [fix: " + f.Message + "]"
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return lines
}

// programDiagnostics loads the fixture packages of patterns (and their
// tests when tests is set), runs the analyzer and returns the findings
// of the whole-program checks, with the FileSet of their positions.
func programDiagnostics(t *testing.T, cfg *analyzer.Config, tests bool, patterns ...string) ([]analysis.Diagnostic, *token.FileSet) {
	t.Helper()
	dir := testdata(t)
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadAllSyntax,
		Tests: tests,
		Dir:   filepath.Join(dir, "src"),
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off"),
	}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixture packages have errors")
	}
	a := analyzer.New(cfg)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var sums []*analyzer.Summary
	fset := pkgs[0].Fset
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if s, ok := act.Result.(*analyzer.Summary); ok {
			sums = append(sums, s)
		}
	}
	return analyzer.CheckProgram(sums), fset
}

func TestWholeProgram(t *testing.T) {
	got := runProgram(t, nil, "program/...")
	want := []string{
		"program/noinit/noinit.go:6: missing-init: adapter interface noinit.Thing has adapters but no init function; mark the function that registers them with //registrylint:init",
		"program/reg/b/b.go:7: unregistered: adapter b.B implements reg.Plugin but no init function of it can see package program/reg/b; import the package where wire.Init registers adapters and add reg.Register(b.B{}) [fix: Register B in Init]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWholeProgramSelf(t *testing.T) {
	got := runProgram(t, nil, "self/...")
	want := []string{
		"self/metrics/cpu/cpu.go:1: unregistered: package self/metrics/cpu declares adapters of metrics.Collector (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports more adapter packages than every other, so none is the aggregator; set aggregator: to get one)",
		"self/mods/static/static.go:1: unregistered: package self/mods/static declares adapters of mods.Module (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports more adapter packages than every other, so none is the aggregator; set aggregator: to get one)",
		`self/sqlish/orphan/orphan.go:1: unregistered: package self/sqlish/orphan declares adapters of sqlish.Driver (policy self) but aggregator self/sqlish/drivers does not import it, so its init() never runs; add import _ "self/sqlish/orphan" to self/sqlish/drivers [fix: Blank-import self/sqlish/orphan from self/sqlish/drivers]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramSelfPrecise: with the packages' tests loaded (as the
// command loads them), a package imported only by its own tests (an
// in-package test, whose generated test main imports it, or an external
// _test package) is still one that nothing imports; a package with no
// func init() that registers is not advised a blank import (its finding
// is at the type), and neither is one whose only adapters are excluded.
func TestWholeProgramSelfPrecise(t *testing.T) {
	got := runProgramTests(t, parseConfig(t, selfPreciseConfig), true, "selfprecise/...")
	want := []string{
		"selfprecise/sinks/tested/tested.go:3: unregistered: package selfprecise/sinks/tested declares adapters of sinks.Sink (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports more adapter packages than every other, so none is the aggregator; set aggregator: to get one)",
		"selfprecise/sinks/xtested/xtested.go:3: unregistered: package selfprecise/sinks/xtested declares adapters of sinks.Sink (policy self) but nothing imports it, so its init() never runs; blank-import it from the package that gathers the adapters (no automatic fix: no package blank-imports more adapter packages than every other, so none is the aggregator; set aggregator: to get one)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramSelfTags: an aggregator that has no files in the build
// (they need a build tag that was not given) is said once per registry,
// naming the tag, whether it is configured (store) or would be inferred
// (codec), rather than once per adapter package that it imports.
func TestWholeProgramSelfTags(t *testing.T) {
	got := runProgram(t, nil, "selftags/...")
	want := []string{
		"selftags/codec/codec.go:9: unregistered: aggregator selftags/codec/all of codec.Codec (inferred: it blank-imports the most adapter packages) has no files in this build (selftags/codec/all/all.go: //go:build allcodecs), so no adapter package is checked against it; pass -tags allcodecs",
		"selftags/store/store.go:8: unregistered: aggregator selftags/store/plugins of store.Store has no files in this build (selftags/store/plugins/plugins.go: //go:build plugins && !noplugins), so no adapter package is checked against it; pass -tags plugins",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramFixCycle: an adapter package that imports the init
// function's package, directly (b) or through another (c), cannot be
// imported by it: the finding says so and what to do, with no fix (one
// would not build). d imports neither, and is fixed: the fixed files
// match their goldens and the fixture builds with them.
func TestWholeProgramFixCycle(t *testing.T) {
	got := runProgram(t, nil, "fixcycle/...")
	want := []string{
		"fixcycle/reg/b/b.go:11: unregistered: adapter b.B implements reg.Plugin but no init function of it can see package fixcycle/reg/b; import the package where all.Init registers adapters and add r.Register(b.B{}) (no automatic fix: fixcycle/reg/b imports fixcycle/reg/all, which cannot import it back; move the init function to a package above both)",
		"fixcycle/reg/c/c.go:11: unregistered: adapter c.C implements reg.Plugin but no init function of it can see package fixcycle/reg/c; import the package where all.Init registers adapters and add r.Register(c.C{}) (no automatic fix: fixcycle/reg/c imports fixcycle/reg/all (through fixcycle/reg/util), which cannot import it back; move the init function to a package above both)",
		"fixcycle/reg/d/d.go:8: unregistered: adapter d.D implements reg.Plugin but no init function of it can see package fixcycle/reg/d; import the package where all.Init registers adapters and add r.Register(d.D{}) [fix: Register D in Init]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	diags, fset := programDiagnostics(t, nil, false, "fixcycle/...")
	edits := make(map[string][]analysis.TextEdit)
	for _, d := range diags {
		for _, f := range d.SuggestedFixes {
			for _, e := range f.TextEdits {
				name := fset.File(e.Pos).Name()
				edits[name] = append(edits[name], e)
			}
		}
	}
	fixed := make(map[string][]byte)
	for name, list := range edits {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tf := fset.File(list[0].Pos)
		sort.SliceStable(list, func(i, j int) bool { return list[i].Pos > list[j].Pos }) // last first
		for _, e := range list {
			start, end := tf.Offset(e.Pos), tf.Offset(e.End)
			src = append(append(append([]byte(nil), src[:start]...), e.NewText...), src[end:]...)
		}
		fixed[name] = src
	}
	for name, src := range fixed {
		formatted, err := format.Source(src)
		if err != nil {
			t.Fatalf("%s after the fix does not parse: %v", name, err)
		}
		golden, err := os.ReadFile(name + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(formatted, golden) {
			t.Errorf("%s after the fix:\n%s\nwant (%s.golden):\n%s", name, formatted, name, golden)
		}
	}
	if len(fixed) == 0 {
		t.Error("no fix for d")
	}
	checkGoldens(t, "fixcycle")
}

// TestWholeProgramSelfCycle: under policy self, an adapter package that
// imports the aggregator gets no fix blank-importing it from there (the
// module would not build).
func TestWholeProgramSelfCycle(t *testing.T) {
	got := runProgram(t, nil, "selfcycle/...")
	want := []string{
		"selfcycle/drv/pg/pg.go:3: unregistered: package selfcycle/drv/pg declares adapters of drv.Driver (policy self) but aggregator selfcycle/drv/drivers does not import it, so its init() never runs (no automatic fix: selfcycle/drv/pg imports selfcycle/drv/drivers, which cannot import it back; blank-import it from a package above both)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramMultipleInit: init functions of one registry in
// packages that do not import each other are compared by the
// whole-program check; the ones a package can see are reported by it.
func TestWholeProgramMultipleInit(t *testing.T) {
	got := runProgram(t, nil, "multiinit/...")
	want := []string{
		"multiinit/same/same.go:9: multiple-init: SetupA is a second init function of codec.Codec after first.InitCodecs (multiinit/first/first.go:11); register every adapter in one init function",
		"multiinit/twobinaries/twobinaries.go:9: multiple-init: ServerCodecs is a second init function of codec.Codec after first.InitCodecs (multiinit/first/first.go:11); register every adapter in one init function",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramMissingAggregator: an aggregator that is not among the
// analyzed packages (here misspelled) is reported, not silently ignored.
func TestWholeProgramMissingAggregator(t *testing.T) {
	got := runProgram(t, nil, "selfagg/...")
	want := []string{
		"selfagg/sql/sql.go:8: bad-directive: aggregator selfagg/drivrs of sql.Driver is not among the analyzed packages, so no adapter package is checked against it; correct the path, or lint it with the adapter packages",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramNames: an unregistered adapter whose name an earlier
// adapter of its registry already has is reported at its type.
func TestWholeProgramNames(t *testing.T) {
	got := runProgram(t, nil, "naming/...")
	want := `naming/store/store.go:85: duplicate-name: adapter Again has name "lit", already used by Lit (naming/store/store.go:`
	found := false
	for _, line := range got {
		found = found || strings.HasPrefix(line, want)
		if strings.Contains(line, "duplicate-name") && !strings.HasPrefix(line, want) {
			t.Errorf("unexpected duplicate-name finding: %s", line)
		}
	}
	if !found {
		t.Errorf("want a finding starting %q; got:\n%s", want, strings.Join(got, "\n"))
	}
}

// ruleURL returns the URL of rule id in the rule table, "" if none.
func ruleURL(id string) string {
	for _, r := range analyzer.Rules() {
		if r.ID == id {
			return r.URL
		}
	}
	return ""
}

// TestWholeProgramConsumer: an implementer of an interface defined by its
// consumer, beside the registered adapters in a package that no init
// function can see (nothing imports sink/syslog), is unregistered at its
// type, with a fix in the siblings' form, except where the fix's import
// would close a cycle (audit imports the server through sinkutil); the
// ones the init function sees are the per-package rule's.
func TestWholeProgramConsumer(t *testing.T) {
	got := runProgram(t, nil, "consumer/...")
	want := []string{
		`consumer/sink/audit/audit.go:9: unregistered: adapter *audit.Writer implements server.Sink but no init function of it can see package consumer/sink/audit; import the package where server.sinks registers adapters and add the entry "audit": func() Sink { return audit.New() } (no automatic fix: consumer/sink/audit imports consumer/server (through consumer/sink/sinkutil), which cannot import it back; move the init function to a package above both)`,
		`consumer/sink/syslog/syslog.go:5: unregistered: adapter *syslog.Writer implements server.Sink but no init function of it can see package consumer/sink/syslog; import the package where server.sinks registers adapters and add the entry "syslog": func() Sink { return syslog.New() } [fix: Register Writer in sinks]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramConfigPackages: a registry whose only adapters are the
// codecs packages: names, which do not import it, and no init function,
// is missing-init.
func TestWholeProgramConfigPackages(t *testing.T) {
	cfg, err := analyzer.ParseConfig([]byte(cfgpkgsConfig))
	if err != nil {
		t.Fatal(err)
	}
	got := runProgram(t, cfg, "cfgpkgs/...")
	want := []string{
		"cfgpkgs/conf/conf.go:12: missing-init: adapter interface conf.Codec has adapters but no init function; mark the function that registers them with //registrylint:init",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWholeProgramTwoLevelAggregation: modules gathered in two levels
// (cmd/app -> mods/standard -> mods/http/standard, as Caddy's are) all
// run their init(): only the module that nothing links is reported. The
// inferred aggregator (mods/http/standard, which blank-imports the most)
// does not import a and b, but the command links them. A package that
// only other packages' tests import (modtest) holds test doubles.
func TestWholeProgramTwoLevelAggregation(t *testing.T) {
	got := runProgramTests(t, nil, true, "twolevel/...")
	want := []string{
		"twolevel/mods/forgot/forgot.go:2: unregistered: package twolevel/mods/forgot declares adapters of mods.Module (policy self) but aggregator twolevel/mods/http/standard (inferred: it blank-imports the most adapter packages) does not import it, so its init() never runs; add import _ \"twolevel/mods/forgot\" to twolevel/mods/http/standard [fix: Blank-import twolevel/mods/forgot from twolevel/mods/http/standard]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whole-program findings:\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
