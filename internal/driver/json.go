package driver

import (
	"cmp"
	"encoding/json"
	"go/token"
	"io"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/internal/escape"
)

// The JSON output has the shape of go/analysis drivers (see
// golang.org/x/tools/internal/analysis/driverutil.JSONTree): a map from
// package ID to analyzer name to either a list of diagnostics or an
// error. Each diagnostic also carries its url.
type (
	jsonTree map[string]map[string]any

	jsonDiagnostic struct {
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"` // file:line:column
		End            string             `json:"end"`  // (ditto)
		Message        string             `json:"message"`
		URL            string             `json:"url,omitempty"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated      `json:"related,omitempty"`
	}

	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}

	// jsonTextEdit replaces the bytes [Start, End) of a file with New.
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}

	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}

	jsonError struct {
		Err string `json:"error"`
	}
)

// writeJSON prints the findings and the failed root actions of res.
func writeJSON(w io.Writer, res *results) error {
	tree := make(jsonTree)
	put := func(pkg, analyzer string) map[string]any {
		m, ok := tree[pkg]
		if !ok {
			m = make(map[string]any)
			tree[pkg] = m
		}
		return m
	}
	for _, e := range res.errs {
		put(e.pkg, e.analyzer)[e.analyzer] = jsonError{e.err.Error()}
	}
	for _, f := range res.findings {
		m := put(f.pkg, f.analyzer)
		list, _ := m[f.analyzer].([]jsonDiagnostic)
		m[f.analyzer] = append(list, toJSON(res.fset, f.diag))
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = w.Write(append(escape.JSON(data), '\n'))
	return err
}

// toJSON converts d as go/analysis drivers do, with absolute file names.
func toJSON(fset *token.FileSet, d analysis.Diagnostic) jsonDiagnostic {
	jd := jsonDiagnostic{
		Category: d.Category,
		Posn:     fset.Position(d.Pos).String(),
		End:      fset.Position(cmp.Or(d.End, d.Pos)).String(),
		Message:  d.Message,
		URL:      d.URL,
	}
	for _, fix := range d.SuggestedFixes {
		jf := jsonSuggestedFix{Message: fix.Message}
		for _, e := range fix.TextEdits {
			jf.Edits = append(jf.Edits, jsonTextEdit{
				Filename: fset.Position(e.Pos).Filename,
				Start:    fset.Position(e.Pos).Offset,
				End:      fset.Position(cmp.Or(e.End, e.Pos)).Offset,
				New:      string(e.NewText),
			})
		}
		jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
	}
	for _, rel := range d.Related {
		jd.Related = append(jd.Related, jsonRelated{
			Posn:    fset.Position(rel.Pos).String(),
			End:     fset.Position(cmp.Or(rel.End, rel.Pos)).String(),
			Message: rel.Message,
		})
	}
	return jd
}
