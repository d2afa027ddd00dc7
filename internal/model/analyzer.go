package model

import (
	"reflect"

	"github.com/registrylint/registrylint/internal/config"
	"golang.org/x/tools/go/analysis"
)

// Name is the name of the model analyzer.
const Name = "registrymodel"

// NewAnalyzer returns the model analyzer: it computes each package's
// registry model, its [*Model] result, and exports its facts, with the
// configuration that res resolves for the package. It reports nothing:
// the rule analyzers that require it do.
func NewAnalyzer(res *config.Resolver) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       Name,
		Doc:        "computes the registry model (roles, adapters, registrations) and its facts for registrylint",
		URL:        "https://github.com/registrylint/registrylint/blob/main/docs/manual.md#how-it-works",
		FactTypes:  FactTypes(),
		ResultType: reflect.TypeFor[*Model](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := res.For(pass)
			if err != nil {
				// Not an error of this analyzer: the analyzer that
				// requires it reports it, so that go vet, which prints
				// only the errors of the analyzers it runs, shows it
				// (rather than "failed prerequisites") and caches no
				// result.
				return &Model{configErr: err, skipped: true}, nil
			}
			return BuildModel(pass, c)
		},
	}
}
