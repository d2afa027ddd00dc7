package driver

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestJSON(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

func BadThing() {}

func Unfixable() {}
-- crash/crash.go --
package crash

func Crash() {}
`)
	got := run(t, newDriver(), dir, "-json", "./...")
	if got.code != ExitError { // crash
		t.Errorf("exit code = %d, want 2", got.code)
	}
	// The go/analysis shape (driverutil.JSONTree), with url; failed
	// actions appear as {"error": ...} as in go/analysis drivers.
	want := `{
	"example.com/m/crash": {
		"fake": {
			"error": "crash requested"
		}
	},
	"example.com/m/p": {
		"fake": [
			{
				"category": "bad-func",
				"posn": "$DIR/p/p.go:3:6",
				"end": "$DIR/p/p.go:3:14",
				"message": "function BadThing is bad",
				"url": "https://example.com/fake#bad-func",
				"suggested_fixes": [
					{
						"message": "rename to GoodThing",
						"edits": [
							{
								"filename": "$DIR/p/p.go",
								"start": 16,
								"end": 24,
								"new": "GoodThing"
							}
						]
					}
				]
			},
			{
				"category": "unfixable",
				"posn": "$DIR/p/p.go:5:6",
				"end": "$DIR/p/p.go:5:15",
				"message": "function Unfixable cannot be fixed",
				"url": "https://example.com/fake#unfixable"
			}
		]
	}
}
`
	if out := strings.ReplaceAll(got.stdout, dir, "$DIR"); out != want {
		t.Errorf("-json output:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(got.stderr, "fake@example.com/m/crash: crash requested") {
		t.Errorf("stderr lacks the analyzer error:\n%s", got.stderr)
	}
}

func TestJSONClean(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, "-- p/p.go --\npackage p\n")
	if got := run(t, newDriver(), dir, "-json", "./..."); got.stdout != "{}\n" || got.code != ExitOK {
		t.Errorf("run = %+v, want {} and exit 0", got)
	}
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, `
-- p/p.go --
package p

// é is two bytes but one UTF-16 unit.
var é = 1; func BadThing() {}

func Unfixable() {}
`)
	got := run(t, newDriver(), filepath.Join(dir, "p"), "-sarif", "./...")
	if got.code != ExitFindings {
		t.Errorf("exit code = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name, Version, InformationURI string
					Rules                         []struct {
						ID               string
						ShortDescription struct{ Text string }
						HelpURI          string
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil {
		t.Fatalf("%v\n%s", err, got.stdout)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif") || len(log.Runs) != 1 {
		t.Fatalf("not one SARIF 2.1.0 run:\n%s", got.stdout)
	}
	r := log.Runs[0]
	d := r.Tool.Driver
	if d.Name != "fakelint" || d.Version != "v1.2.3" || d.InformationURI != "https://example.com/fakelint" {
		t.Errorf("tool.driver = %+v", d)
	}
	var ids []string
	for _, rule := range d.Rules {
		ids = append(ids, rule.ID)
	}
	// The declared rules, in order, then the undeclared categories.
	if want := "bad-func lonely unfixable"; strings.Join(ids, " ") != want {
		t.Errorf("rules = %v, want %s", ids, want)
	}
	if rule := d.Rules[0]; rule.ShortDescription.Text != "a function with a bad name" || rule.HelpURI != fakeURL+"bad-func" {
		t.Errorf("rules[0] = %+v", rule)
	}
	if root := r.OriginalURIBaseIDs["%SRCROOT%"].URI; root != "file://"+filepath.ToSlash(dir)+"/" {
		t.Errorf("%%SRCROOT%% = %q, want the module root %s", root, dir)
	}
	if len(r.Results) != 2 {
		t.Fatalf("got %d results, want 2:\n%s", len(r.Results), got.stdout)
	}
	res := r.Results[0]
	if res.RuleID != "bad-func" || res.RuleIndex != 0 || res.Level != "warning" || res.Message.Text != "function BadThing is bad" {
		t.Errorf("results[0] = %+v", res)
	}
	loc := res.Locations[0].PhysicalLocation
	// Relative to the module root, not to the working directory p.
	if loc.ArtifactLocation.URI != "p/p.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifactLocation = %+v", loc.ArtifactLocation)
	}
	// "var é = 1; func " is 17 bytes but 16 UTF-16 code units.
	if reg := loc.Region; reg.StartLine != 4 || reg.StartColumn != 17 || reg.EndLine != 4 || reg.EndColumn != 25 {
		t.Errorf("region = %+v, want 4:17-4:25", reg)
	}
	if r.Results[1].RuleID != "unfixable" || r.Results[1].RuleIndex != 2 {
		t.Errorf("results[1] = %+v", r.Results[1])
	}
}

func TestSARIFClean(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, "-- p/p.go --\npackage p\n")
	got := run(t, newDriver(), dir, "-sarif", "./...")
	if got.code != ExitOK || !strings.Contains(got.stdout, `"results": []`) || !strings.Contains(got.stdout, `"id": "bad-func"`) {
		t.Errorf("run = %+v, want exit 0, no results and every rule", got)
	}
}
