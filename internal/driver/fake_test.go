package driver

import (
	"errors"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/registrylint/registrylint/internal/testmod"
	"golang.org/x/tools/go/analysis"
)

// The fake analyzer of these tests reports functions by the prefix of
// their name:
//
//	Bad*        bad-func, fixed by renaming to Good*
//	Unfixable*  unfixable, no fix
//	Twice*      twice-a and twice-b, whose fixes rename it two ways (a conflict)
//	Stamp*      stamp, fixed by renaming to Stamped* and inserting the same
//	            "// stamped" line before the package clause
//	Note*       note, fixed by inserting "// note: NAME" before the package clause
//	Spacey*     spacey, fixed by an ill-formatted rewrite of the declaration
//	Broken*     broken, fixed into code that does not parse
//	Crash       makes the analyzer fail
//
// Its result lists the functions named Lonely* and Friend*; the program
// check reports each Lonely<X> for which no package has a Friend<X>.

// fakeSummary is the result of the fake analyzer on one package.
type fakeSummary struct {
	lonely  []lonelyFunc
	friends []string // suffixes after "Friend"
}

type lonelyFunc struct {
	pos    token.Pos
	suffix string
}

const fakeURL = "https://example.com/fake#"

// newFake returns a fresh fake analyzer, with its own -prefix flag.
func newFake() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       "fake",
		Doc:        "fake: report functions with bad names\n\nThe fake analyzer exists for the tests of the driver.",
		URL:        fakeURL[:len(fakeURL)-1],
		ResultType: reflect.TypeFor[*fakeSummary](),
	}
	prefix := a.Flags.String("prefix", "Bad", "report functions whose name starts with `prefix`")
	a.Run = func(pass *analysis.Pass) (any, error) { return runFake(pass, *prefix) }
	return a
}

func runFake(pass *analysis.Pass, prefix string) (any, error) {
	sum := new(fakeSummary)
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			name := fd.Name.Name
			rename := func(to string) []analysis.SuggestedFix {
				return []analysis.SuggestedFix{{
					Message:   "rename to " + to,
					TextEdits: []analysis.TextEdit{{Pos: fd.Name.Pos(), End: fd.Name.End(), NewText: []byte(to)}},
				}}
			}
			insert := func(text string) analysis.TextEdit {
				return analysis.TextEdit{Pos: file.Package, End: file.Package, NewText: []byte(text)}
			}
			report := func(category, msg string, fixes []analysis.SuggestedFix) {
				pass.Report(analysis.Diagnostic{
					Pos: fd.Name.Pos(), End: fd.Name.End(),
					Category: category, URL: fakeURL + category,
					Message: msg, SuggestedFixes: fixes,
				})
			}
			switch {
			case name == "Crash":
				return nil, errors.New("crash requested")
			case strings.HasPrefix(name, prefix):
				report("bad-func", "function "+name+" is bad", rename("Good"+strings.TrimPrefix(name, prefix)))
			case strings.HasPrefix(name, "Related"):
				pass.Report(analysis.Diagnostic{
					Pos: fd.Name.Pos(), End: fd.Name.End(), Category: "related", URL: fakeURL + "related",
					Message: "function " + name + " has a related place",
					Related: []analysis.RelatedInformation{{Pos: file.Name.Pos(), End: file.Name.End(), Message: "the package clause"}},
				})
			case strings.HasPrefix(name, "Unfixable"):
				report("unfixable", "function "+name+" cannot be fixed", nil)
			case strings.HasPrefix(name, "Twice"):
				report("twice-a", "function "+name+" is reported twice", rename("OnceA"))
				report("twice-b", "function "+name+" is reported twice", rename("OnceB"))
			case strings.HasPrefix(name, "Stamp") && !strings.HasPrefix(name, "Stamped"):
				fix := rename("Stamped" + strings.TrimPrefix(name, "Stamp"))
				fix[0].TextEdits = append(fix[0].TextEdits, insert("// stamped\n"))
				report("stamp", "function "+name+" needs a stamp", fix)
			case strings.HasPrefix(name, "Note") && !hasComment(file, "// note: "+name):
				report("note", "function "+name+" needs a note", []analysis.SuggestedFix{{
					Message: "add a note", TextEdits: []analysis.TextEdit{insert("// note: " + name + "\n")},
				}})
			case strings.HasPrefix(name, "Spacey"):
				report("spacey", "function "+name+" needs space", []analysis.SuggestedFix{{
					Message:   "rewrite",
					TextEdits: []analysis.TextEdit{{Pos: fd.Pos(), End: fd.End(), NewText: []byte("func   Spaced( )   {\n      return\n}")}},
				}})
			case strings.HasPrefix(name, "Broken"):
				report("broken", "function "+name+" is broken", rename("1nvalid"))
			case strings.HasPrefix(name, "Lonely"):
				sum.lonely = append(sum.lonely, lonelyFunc{fd.Name.Pos(), strings.TrimPrefix(name, "Lonely")})
			case strings.HasPrefix(name, "Friend"):
				sum.friends = append(sum.friends, strings.TrimPrefix(name, "Friend"))
			}
		}
	}
	return sum, nil
}

// fakeProgram is the whole-program check of the fake analyzer.
func fakeProgram(sums []*fakeSummary) []analysis.Diagnostic {
	friends := make(map[string]bool)
	for _, s := range sums {
		for _, f := range s.friends {
			friends[f] = true
		}
	}
	var diags []analysis.Diagnostic
	for _, s := range sums {
		for _, l := range s.lonely {
			if !friends[l.suffix] {
				diags = append(diags, analysis.Diagnostic{
					Pos: l.pos, Category: "lonely", URL: fakeURL + "lonely",
					Message: "function Lonely" + l.suffix + " has no friend in the program",
				})
			}
		}
	}
	return diags
}

// newDriver returns a driver of the fake analyzer and its program check.
func newDriver() *Driver {
	a := newFake()
	return &Driver{
		Name:      "fakelint",
		Version:   "v1.2.3",
		URL:       "https://example.com/fakelint",
		Analyzers: []*analysis.Analyzer{a},
		Rules: []Rule{
			{ID: "bad-func", Summary: "a function with a bad name", URL: fakeURL + "bad-func",
				Description: "A function whose name starts with Bad.", Help: "A function whose name starts with Bad.\n\nRename it."},
			{ID: "lonely", Summary: "a function without a friend", URL: fakeURL + "lonely"},
		},
		Program: ProgramCheck(a, fakeProgram),
	}
}

// writeModule writes the txtar archive src as a module (see
// [testmod.Write]).
func writeModule(t *testing.T, src string) string { return testmod.Write(t, src) }

// result is the outcome of one run of the driver.
type result struct {
	code           int
	stdout, stderr string
}

// run runs d in dir with args.
func run(t *testing.T, d *Driver, dir string, args ...string) result {
	t.Helper()
	var stdout, stderr strings.Builder
	code := d.Run(dir, args, &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// readFile returns the content of the file dir/name.
func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// hasComment reports whether file has a comment whose text is text.
func hasComment(file *ast.File, text string) bool {
	for _, g := range file.Comments {
		for _, c := range g.List {
			if c.Text == text {
				return true
			}
		}
	}
	return false
}
