package corpus_test

import (
	"bytes"
	"fmt"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/corpus"
)

// goEnv is the environment of the go command run on a generated module:
// no workspace of the surrounding tree, no network.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
}

func generate(t testing.TB, cfg corpus.Config) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDeterministic(t *testing.T) {
	for name, cfg := range corpus.Sizes {
		t.Run(name, func(t *testing.T) {
			a, b := generate(t, cfg), generate(t, cfg)
			if !reflect.DeepEqual(a.Files, b.Files) {
				for f := range a.Files {
					if !bytes.Equal(a.Files[f], b.Files[f]) {
						t.Errorf("%s differs between two generations", f)
					}
				}
				t.Fatalf("two generations of %s differ", name)
			}
			// The package count is what it claims, and about the size
			// the name promises.
			dirs := make(map[string]bool)
			for f := range a.Files {
				if strings.HasSuffix(f, ".go") {
					dirs[path.Dir(f)] = true
				}
			}
			if len(dirs) != a.Packages {
				t.Errorf("%d package directories, Packages = %d", len(dirs), a.Packages)
			}
			want := map[string]int{"small": 50, "medium": 250, "large": 1000}[name]
			if a.Packages < want*9/10 || a.Packages > want*11/10 {
				t.Errorf("%s has %d packages, want about %d", name, a.Packages, want)
			}
			// About 5% of the adapters are unregistered.
			if u := a.Planted["unregistered"]; u*100 < a.AdapterCount*3 || u*100 > a.AdapterCount*7 {
				t.Errorf("%d of %d adapters unregistered, want about 5%%", u, a.AdapterCount)
			}
		})
	}
	// Writing twice gives the same tree.
	c := generate(t, corpus.Small)
	d1, d2 := t.TempDir(), t.TempDir()
	if err := c.Write(d1); err != nil {
		t.Fatal(err)
	}
	if err := generate(t, corpus.Small).Write(d2); err != nil {
		t.Fatal(err)
	}
	if t1, t2 := readTree(t, d1), readTree(t, d2); !reflect.DeepEqual(t1, t2) {
		t.Error("two writes of the small corpus differ")
	}
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWriteRefusesForeignDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := generate(t, corpus.Small).Write(dir); err == nil {
		t.Fatal("Write into a non-empty directory without a corpus succeeded")
	}
	// A corpus written before is replaced, stale packages included.
	dir = t.TempDir()
	if err := generate(t, corpus.Config{Registries: 2, Pkgs: 6, Adapters: 2, Filler: 10}).Write(dir); err != nil {
		t.Fatal(err)
	}
	small := generate(t, corpus.Config{Registries: 2, Pkgs: 4, Adapters: 2, Filler: 2})
	if err := small.Write(dir); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, dir); len(got) != len(small.Files) {
		t.Errorf("after rewriting, %d files, want %d", len(got), len(small.Files))
	}
}

func TestBadConfig(t *testing.T) {
	for _, cfg := range []corpus.Config{
		{Registries: 0, Pkgs: 1, Adapters: 1},
		{Registries: 3, Pkgs: 2, Adapters: 1},
		{Registries: 1, Pkgs: 1, Adapters: 0},
	} {
		if _, err := corpus.Generate(cfg); err == nil {
			t.Errorf("Generate(%+v) succeeded", cfg)
		}
	}
}

// configs are the corpora whose findings are checked: the small size, and
// an odd one with single-adapter packages (an unregistered adapter's
// package is then only blank-imported) and more registries than fit evenly.
var configs = map[string]corpus.Config{
	"small":  corpus.Small,
	"single": {Registries: 3, Pkgs: 20, Adapters: 1, Filler: 8},
	// The growth workload of bench/compare.sh, small: 10% unregistered
	// and a duplicate registration ending each init function.
	"growth": {Registries: 3, Pkgs: 6, Adapters: 10, Filler: 0, UnregisteredPercent: 10, Duplicates: true},
}

func TestVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	for name, cfg := range configs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := generate(t, cfg).Write(dir); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("go", "vet", "./...")
			cmd.Dir, cmd.Env = dir, goEnv()
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go vet ./... in the generated module: %v\n%s", err, out)
			}
		})
	}
}

// TestFindsPlanted runs registrylint (analyzer.New(nil) on the checker,
// plus the whole-program check, as the command does) over generated
// corpora and compares its diagnostics with the planted mistakes.
func TestFindsPlanted(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyzes a module")
	}
	for name, cfg := range configs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			c := generate(t, cfg)
			if err := c.Write(dir); err != nil {
				t.Fatal(err)
			}
			diags := Lint(t, dir)
			got := make(map[string]int)
			for _, d := range diags {
				got[d.Category]++
				t.Logf("%s", d)
			}
			if !maps.Equal(got, withoutZeros(c.Planted)) {
				t.Errorf("findings by rule = %v, planted %v", got, c.Planted)
			}
			for _, d := range diags {
				if want := map[string]string{"unregistered": "wire/", "name-switch": "legacy/", "duplicate-registration": "wire/"}[d.Category]; !strings.HasPrefix(d.File, want) {
					t.Errorf("%s reported in %s, want a file under %s", d.Category, d.File, want)
				}
			}
		})
	}
}

func withoutZeros(m map[string]int) map[string]int {
	out := make(map[string]int)
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

// A Finding is one deduplicated diagnostic.
type Finding struct {
	File     string // relative to the module root, slash-separated
	Line     int
	Category string
	Message  string
}

func (f Finding) String() string {
	return fmt.Sprintf("%s:%d: %s (%s)", f.File, f.Line, f.Message, f.Category)
}

// Lint loads the module in dir as the command does (all syntax, tests
// included), runs registrylint and its whole-program check, and returns
// the diagnostics without the duplicates that test variants cause.
func Lint(t testing.TB, dir string) []Finding {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Env:   goEnv(),
		Tests: true,
	}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the generated module", n)
	}
	a := analyzer.New(nil)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var all []analysis.Diagnostic
	var summaries []*analyzer.Summary
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if act.IsRoot && act.Analyzer == a {
			all = append(all, act.Diagnostics...)
			if s, ok := act.Result.(*analyzer.Summary); ok && s != nil {
				summaries = append(summaries, s)
			}
		}
	}
	all = append(all, analyzer.CheckProgram(summaries)...)
	fset := pkgs[0].Fset
	seen := make(map[Finding]bool)
	var out []Finding
	for _, d := range all {
		f := finding(fset, dir, d)
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(x, y Finding) int { return strings.Compare(x.String(), y.String()) })
	return out
}

func finding(fset *token.FileSet, dir string, d analysis.Diagnostic) Finding {
	p := fset.Position(d.Pos)
	file := p.Filename
	if rel, err := filepath.Rel(dir, file); err == nil {
		file = filepath.ToSlash(rel)
	}
	return Finding{File: file, Line: p.Line, Category: d.Category, Message: d.Message}
}
