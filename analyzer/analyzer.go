package analyzer

import (
	_ "embed"
	"flag"
	"fmt"
	"reflect"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/model"

	"github.com/registrylint/registrylint/internal/config"

	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// Options adapt the analyzers of [NewWithOptions] to the driver that runs
// them.
type Options struct {
	// RuleInMessage starts every message with its rule ID
	// ("unregistered: adapter ..."), for drivers that print no diagnostic
	// category (go vet, golangci-lint), so that each finding shows its rule
	// exactly once in every driver.
	RuleInMessage bool
	// OmitRelated drops the related positions of diagnostics, for drivers
	// that would show each as a finding of its own (golangci-lint reports
	// them as separate "(related information)" issues); the message names
	// the position in any case.
	OmitRelated bool
	// ConfigCache, when set, loads the configuration files, so that a
	// command that reads them too (to check them before a run) shares
	// one decoding of each file with the analyzers; nil: the analyzers
	// of each New call load their own.
	ConfigCache *config.Cache
}

// New returns the registrylint analyzer for cfg (nil means: discover each
// package's configuration file, .registrylint.yml or registrylint.yml,
// from its directory up to its module root; directives only where there is
// none). Its Requires include the model analyzer
// that computes facts; its result is a *Summary, the input of
// [CheckProgram]. Every call returns fresh analyzers with no state shared
// with other calls, so several configurations can run in one process.
//
// The analyzer has the flags -config FILE and -include-tests; -config
// replaces cfg when set.
func New(cfg *Config) *analysis.Analyzer {
	return NewWithOptions(cfg, Options{})
}

// NewWithOptions is [New] for a driver that needs opts.
func NewWithOptions(cfg *Config, opts Options) *analysis.Analyzer {
	s := &config.Resolver{Base: cfg, Cache: opts.ConfigCache}
	mod := model.NewAnalyzer(s)
	a := &analysis.Analyzer{
		Name:       "registrylint",
		Doc:        analyzerDoc(doc),
		URL:        "https://github.com/registrylint/registrylint",
		Requires:   []*analysis.Analyzer{mod},
		ResultType: reflect.TypeFor[*Summary](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := s.For(pass)
			if err != nil {
				return nil, err
			}
			return runRules(pass, c, opts, &pkgModel{Model: &edit.Model{Model: pass.ResultOf[mod].(*model.Model)}})
		},
	}
	a.Flags.Init("registrylint", flag.ContinueOnError)
	a.Flags.StringVar(&s.File, "config", "", "registrylint YAML configuration `file`; without it, .registrylint.yml (or registrylint.yml) from each package's directory up to its module root")
	a.Flags.BoolVar(&s.IncludeTests, "include-tests", false, "apply the rules to _test.go files too")
	return a
}

// ModelAnalyzer returns the model analyzer that a analyzer from [New]
// requires (for drivers that read its per-package results).
func ModelAnalyzer(a *analysis.Analyzer) *analysis.Analyzer {
	for _, r := range a.Requires {
		if r.Name == model.Name {
			return r
		}
	}
	panic(fmt.Sprintf("analyzer %s was not made by registrylint's New", a.Name))
}
