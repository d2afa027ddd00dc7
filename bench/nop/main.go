// Command nop is registrylint's benchmark baseline: the same driver
// (internal/driver: the same loading, checker, output and exit codes) with
// a do-nothing analyzer that walks every syntax node and reports nothing
// (package internal/nopanalyzer) instead of registrylint's analyzers, and
// without the whole-program check. bench/compare.sh runs it and
// registrylint alternately over the same packages.
//
// Usage:
//
//	nop [flags] packages
package main

import (
	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/nopanalyzer"
)

func main() {
	d := &driver.Driver{
		Name:      "nop",
		URL:       "https://github.com/registrylint/registrylint",
		Analyzers: []*analysis.Analyzer{nopanalyzer.New()},
	}
	d.Main()
}
