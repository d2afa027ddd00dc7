package analyzer

import (
	_ "embed"
	"flag"
	"fmt"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// settings is the configuration shared by the model and rule analyzers of
// one New call. The -config flag may replace cfg before the first run (the
// go vet hand-over sets flags after New); it is loaded once.
type settings struct {
	opts         Options
	base         *Config
	configFile   string
	includeTests bool

	once sync.Once
	cfg  *Config
	err  error
}

// config returns the effective configuration.
func (s *settings) config() (*Config, error) {
	s.once.Do(func() {
		cfg := s.base
		if s.configFile != "" {
			cfg, s.err = LoadConfig(s.configFile)
			if s.err != nil {
				return
			}
		}
		if cfg == nil {
			cfg = new(Config)
		}
		if s.includeTests && !cfg.IncludeTests {
			c := *cfg
			c.IncludeTests = true
			cfg = &c
		}
		s.err = cfg.Validate()
		s.cfg = cfg
	})
	return s.cfg, s.err
}

// Options adapt the analyzers of [NewWithOptions] to the driver that runs
// them.
type Options struct {
	// RuleInMessage starts every message with its rule ID
	// ("unregistered: adapter ..."), for drivers that print no diagnostic
	// category (go vet, golangci-lint), so that each finding shows its rule
	// exactly once in every driver.
	RuleInMessage bool
}

// New returns the registrylint analyzer for cfg (nil means no
// configuration: directives only). Its Requires include the model analyzer
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
	s := &settings{base: cfg, opts: opts}
	model := &analysis.Analyzer{
		Name:       "registrymodel",
		Doc:        "computes the registry model (roles, adapters, registrations) and its facts for registrylint",
		URL:        DocURL + "how-it-works",
		FactTypes:  factTypes(),
		ResultType: reflect.TypeFor[*Model](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := s.config()
			if err != nil {
				return nil, err
			}
			return buildModel(pass, c)
		},
	}
	a := &analysis.Analyzer{
		Name:       "registrylint",
		Doc:        analyzerDoc(doc),
		URL:        DocURL[:len(DocURL)-1],
		Requires:   []*analysis.Analyzer{model},
		ResultType: reflect.TypeFor[*Summary](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := s.config()
			if err != nil {
				return nil, err
			}
			return runRules(pass, c, s.opts, pass.ResultOf[model].(*Model))
		},
	}
	a.Flags.Init("registrylint", flag.ContinueOnError)
	a.Flags.StringVar(&s.configFile, "config", "", "registrylint YAML configuration `file` (SPEC §5)")
	a.Flags.BoolVar(&s.includeTests, "include-tests", false, "apply the rules to _test.go files too")
	return a
}

// ModelAnalyzer returns the model analyzer that a analyzer from [New]
// requires (for drivers that read its per-package results).
func ModelAnalyzer(a *analysis.Analyzer) *analysis.Analyzer {
	for _, r := range a.Requires {
		if r.Name == "registrymodel" {
			return r
		}
	}
	panic(fmt.Sprintf("analyzer %s was not made by registrylint's New", a.Name))
}
