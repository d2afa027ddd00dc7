// Package nopanalyzer provides a do-nothing analyzer: the baseline that
// registrylint's cost is measured against. It requires inspect.Analyzer,
// as registrylint's model analyzer does, and visits every node of every
// file of the package in preorder, reporting nothing. It uses no facts, so
// a checker runs it on the root packages only.
package nopanalyzer

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// New returns a fresh do-nothing analyzer.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "nop",
		Doc:      "nop walks every syntax node and reports nothing (a benchmark baseline)",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      run,
	}
}

// NewWithFacts returns a fresh do-nothing analyzer that declares a fact
// type, so that it runs on every dependency too.
func NewWithFacts() *analysis.Analyzer {
	a := New()
	a.Name = "nopfacts"
	a.FactTypes = []analysis.Fact{new(noFact)}
	return a
}

// noFact is a fact type that is never exported.
type noFact struct{}

func (*noFact) AFact() {}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	n := 0
	insp.Preorder(nil, func(ast.Node) { n++ })
	if n < 0 { // never: keeps the walk from being optimized away
		pass.Reportf(pass.Files[0].Pos(), "nop visited %d nodes", n)
	}
	return nil, nil
}
