// Command nopsingle is the honest baseline of registrylint's cost: a
// do-nothing analyzer without facts (internal/nopanalyzer) run by x/tools'
// own singlechecker, which loads dependencies from export data, as go vet
// and every fact-free linter do.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/registrylint/registrylint/internal/nopanalyzer"
)

func main() { singlechecker.Main(nopanalyzer.New()) }
