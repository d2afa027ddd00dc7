package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
)

type Model struct{}
type Summary struct{}
type suppressions struct{}

func (s *suppressions) suppressed(rule string, pos token.Pos) bool { return false }
func factTypes() []analysis.Fact                                  { return nil }
func buildModel(pass *analysis.Pass, cfg *Config) (*Model, error)  { return &Model{}, nil }
func runRules(pass *analysis.Pass, cfg *Config, m *Model) (*Summary, error) {
	return &Summary{}, nil
}

// CheckProgram runs the whole-program checks (SPEC §3: unregistered at the
// type for adapters no init function can see, missing-init) over the
// summaries of every analyzed package, and returns their diagnostics, with
// positions in the FileSet the packages were loaded with, Category and URL
// set, suppressions applied.
func CheckProgram(summaries []*Summary) []analysis.Diagnostic { return nil }
