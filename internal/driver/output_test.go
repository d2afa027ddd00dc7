package driver

import (
	"encoding/json"
	"os"
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

// TestSARIFGitHub checks what GitHub code scanning reads beyond the
// schema: rule descriptions and help, a numeric semanticVersion, related
// locations, and URIs relative to the repository root when the module
// sits in a subdirectory of it.
func TestSARIFGitHub(t *testing.T) {
	t.Parallel()
	repo := writeModule(t, `
-- go.mod --
module example.com/other
-- svc/go.mod --
module example.com/svc
-- svc/p/p.go --
package p

func RelatedThing() {}
`)
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o777); err != nil {
		t.Fatal(err)
	}
	got := run(t, newDriver(), filepath.Join(repo, "svc"), "-sarif", "./...")
	if got.code != ExitFindings {
		t.Fatalf("exit code = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	// The findings go to stderr as text too, for a CI job's log.
	if !strings.Contains(got.stderr, "p/p.go:3:6: function RelatedThing has a related place (related)") {
		t.Errorf("stderr lacks the text findings:\n%s", got.stderr)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					SemanticVersion string
					Rules           []struct {
						ID              string
						FullDescription *struct{ Text string }
						Help            *struct{ Text, Markdown string }
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
				RelatedLocations []struct {
					ID               int
					Message          struct{ Text string }
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil {
		t.Fatalf("%v\n%s", err, got.stdout)
	}
	r := log.Runs[0]
	if v := r.Tool.Driver.SemanticVersion; v != "1.2.3" {
		t.Errorf("semanticVersion = %q, want 1.2.3", v)
	}
	rule := r.Tool.Driver.Rules[0]
	if rule.ID != "bad-func" || rule.FullDescription == nil || rule.FullDescription.Text != "A function whose name starts with Bad." ||
		rule.Help == nil || !strings.Contains(rule.Help.Markdown, "Rename it.") || rule.Help.Text == "" {
		t.Errorf("rules[0] = %+v, want fullDescription and help", rule)
	}
	if root := r.OriginalURIBaseIDs["%SRCROOT%"].URI; root != "file://"+filepath.ToSlash(repo)+"/" {
		t.Errorf("%%SRCROOT%% = %q, want the repository root %s", root, repo)
	}
	if len(r.Results) != 1 {
		t.Fatalf("got %d results, want 1", len(r.Results))
	}
	res := r.Results[0]
	if uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "svc/p/p.go" {
		t.Errorf("uri = %q, want svc/p/p.go (relative to the repository root)", uri)
	}
	if len(res.RelatedLocations) != 1 || res.RelatedLocations[0].ID != 1 || res.RelatedLocations[0].Message.Text != "the package clause" ||
		res.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "svc/p/p.go" || res.RelatedLocations[0].PhysicalLocation.Region.StartLine != 1 {
		t.Errorf("relatedLocations = %+v", res.RelatedLocations)
	}
}

// TestSARIFFailure: a run that cannot finish (exit 2) still writes a
// valid SARIF log, whose invocation says why.
func TestSARIFFailure(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, "-- p/p.go --\npackage p\n\nvar x int = \"not an int\"\n")
	got := run(t, newDriver(), dir, "-sarif", "./...")
	if got.code != ExitError {
		t.Fatalf("exit code = %d, want 2; stderr:\n%s", got.code, got.stderr)
	}
	var log struct {
		Version string
		Runs    []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
			Results []any
		}
	}
	if err := json.Unmarshal([]byte(got.stdout), &log); err != nil {
		t.Fatalf("stdout is not a SARIF log: %v\n%q", err, got.stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("want one run with one invocation:\n%s", got.stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) == 0 || inv.ToolExecutionNotifications[0].Level != "error" ||
		!strings.Contains(got.stdout, "cannot use") {
		t.Errorf("invocation = %+v, want a failed execution naming the type error", inv)
	}
}
