package driver

import (
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/registrylint/registrylint/internal/escape"
	"github.com/registrylint/registrylint/internal/gomod"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the
// subset that code-scanning UIs read: one run, the tool with one rule per
// category, and one result per diagnostic.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}

	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		Invocations        []sarifInvocation                `json:"invocations,omitempty"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult                    `json:"results"`
	}

	// sarifInvocation says whether the run succeeded, and why not.
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}

	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}

	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}

	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version,omitempty"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		InformationURI  string      `json:"informationUri,omitempty"`
		Rules           []sarifRule `json:"rules"`
	}

	sarifRule struct {
		ID               string         `json:"id"`
		ShortDescription sarifMessage   `json:"shortDescription"`
		FullDescription  *sarifMessage  `json:"fullDescription,omitempty"`
		Help             *sarifMarkdown `json:"help,omitempty"`
		HelpURI          string         `json:"helpUri,omitempty"`
	}

	sarifMessage struct {
		Text string `json:"text"`
	}

	// sarifMarkdown is a multiformat message string: text, and Markdown
	// for viewers that render it.
	sarifMarkdown struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}

	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	}

	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}

	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}

	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}

	// sarifRegion has 1-based lines and columns; columns count UTF-16
	// code units, SARIF's default columnKind.
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifSrcRoot = "%SRCROOT%"
)

// writeSARIF prints the findings of res as a SARIF log. File URIs are
// relative to the main module's directory (uriBaseId %SRCROOT%) when the
// file lies below it, else absolute file URIs.
func (r *runner) writeSARIF(w io.Writer, res *results) error {
	driver := sarifDriver{Name: r.d.Name, Version: r.d.Version, SemanticVersion: semanticVersion(r.d.Version), InformationURI: r.d.URL, Rules: []sarifRule{}}
	index := make(map[string]int)
	addRule := func(rule Rule) {
		if _, ok := index[rule.ID]; !ok {
			index[rule.ID] = len(driver.Rules)
			sr := sarifRule{
				ID:               rule.ID,
				ShortDescription: sarifMessage{rule.Summary},
				HelpURI:          rule.URL,
			}
			if rule.Description != "" {
				sr.FullDescription = &sarifMessage{rule.Description}
			}
			if rule.Help != "" {
				sr.Help = &sarifMarkdown{Text: rule.Help, Markdown: rule.Help}
			}
			driver.Rules = append(driver.Rules, sr)
		}
	}
	for _, rule := range r.d.Rules {
		addRule(rule)
	}

	cols := newColumnMapper()
	results := []sarifResult{}
	for _, f := range res.findings {
		id := f.diag.Category
		if id == "" {
			id = f.analyzer
		}
		summary, _, _ := strings.Cut(f.diag.Message, "\n")
		addRule(Rule{ID: id, Summary: summary, URL: f.diag.URL})
		loc := r.sarifPhysical(res, cols, f.posn, f.diag.End)
		var related []sarifLocation
		for i, rel := range f.diag.Related {
			if !rel.Pos.IsValid() {
				continue
			}
			id := i + 1
			related = append(related, sarifLocation{
				ID:               &id,
				PhysicalLocation: r.sarifPhysical(res, cols, res.fset.Position(rel.Pos), rel.End),
				Message:          &sarifMessage{rel.Message},
			})
		}
		results = append(results, sarifResult{
			RuleID:           id,
			RuleIndex:        index[id],
			Level:            "warning",
			Message:          sarifMessage{f.diag.Message},
			Locations:        []sarifLocation{{PhysicalLocation: loc}},
			RelatedLocations: related,
		})
	}

	run := sarifRun{Tool: sarifTool{driver}, Results: results}
	if len(r.runErrors) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: false}
		for _, e := range r.runErrors {
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{e}})
		}
		run.Invocations = []sarifInvocation{inv}
	}
	if res.srcRoot != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			sarifSrcRoot: {URI: fileURI(res.srcRoot) + "/"},
		}
	}
	data, err := json.MarshalIndent(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(escape.JSON(data), '\n'))
	return err
}

// sarifPhysical locates [posn, end) in a file.
func (r *runner) sarifPhysical(res *results, cols *columnMapper, posn token.Position, end token.Pos) sarifPhysicalLocation {
	loc := sarifPhysicalLocation{ArtifactLocation: artifactLocation(res.srcRoot, posn.Filename)}
	loc.Region = sarifRegion{StartLine: posn.Line, StartColumn: cols.column(posn)}
	if res.fset != nil && end.IsValid() {
		if e := res.fset.Position(end); e.Filename == posn.Filename && (e.Line > posn.Line || e.Line == posn.Line && e.Column > posn.Column) {
			loc.Region.EndLine, loc.Region.EndColumn = e.Line, cols.column(e)
		}
	}
	return loc
}

// semanticVersion returns version as SARIF's semanticVersion wants it:
// major.minor.patch, without the v; "0.0.0" for a development build.
func semanticVersion(version string) string {
	v := strings.TrimPrefix(version, "v")
	if i := strings.IndexAny(v, "-+"); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return "0.0.0"
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return "0.0.0"
		}
	}
	return v
}

// artifactLocation locates filename relative to root when it lies below.
func artifactLocation(root, filename string) sarifArtifactLocation {
	if root != "" && gomod.Within(filename, root) {
		if rel, err := filepath.Rel(root, filename); err == nil {
			return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), URIBaseID: sarifSrcRoot}
		}
	}
	return sarifArtifactLocation{URI: fileURI(filename)}
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// A columnMapper converts byte columns to UTF-16 columns, reading each
// file once.
type columnMapper struct {
	lines map[string][]string
}

func newColumnMapper() *columnMapper {
	return &columnMapper{lines: make(map[string][]string)}
}

// column returns the 1-based UTF-16 column of posn (0 when unknown); it
// is the byte column when the file cannot be read.
func (m *columnMapper) column(posn token.Position) int {
	if posn.Column <= 0 {
		return 0
	}
	lines, ok := m.lines[posn.Filename]
	if !ok {
		data, _ := os.ReadFile(posn.Filename)
		lines = strings.Split(string(data), "\n")
		m.lines[posn.Filename] = lines
	}
	if posn.Line < 1 || posn.Line > len(lines) || posn.Column-1 > len(lines[posn.Line-1]) {
		return posn.Column
	}
	col := 1
	for _, r := range lines[posn.Line-1][:posn.Column-1] {
		if r >= 0x10000 && r <= utf8.MaxRune {
			col += 2
		} else {
			col++
		}
	}
	return col
}
