package analyzer

import (
	_ "embed"
	"flag"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// settings is the configuration shared by the model and rule analyzers of
// one New call. The -config flag may replace the configuration before the
// first run (the go vet hand-over sets flags after New). Without either,
// each package's configuration is discovered (see [discoverConfig]); each
// file is loaded once.
type settings struct {
	opts         Options
	base         *Config
	configFile   string
	includeTests bool

	mu     sync.Mutex
	byFile map[string]configResult // loaded configurations, by file ("" for none)
	byDir  map[string]string       // discovered configuration files, by package directory
}

// discover returns discoverConfigIn(dir), once per directory walked (the
// packages of a module share their parents' answers): the model
// and rule analyzers both ask, for every package.
func (s *settings) discover(dir string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.byDir == nil {
		s.byDir = make(map[string]string)
	}
	return discoverConfigIn(dir, s.byDir)
}

type configResult struct {
	cfg *Config
	err error
}

// configFor returns the effective configuration of pass's package.
func (s *settings) configFor(pass *analysis.Pass) (*Config, error) {
	switch {
	case s.configFile != "":
		file := resolveConfigPath(s.configFile)
		if !isFile(file) && !filepath.IsAbs(s.configFile) && isDependency(pass) {
			// go vet runs the tool in each package's directory: a
			// relative path cannot reach a standard-library or
			// dependency package, which is analyzed without it.
			return s.load("")
		}
		return s.load(file)
	case s.base != nil:
		return s.load("")
	}
	file := ""
	if len(pass.Files) > 0 {
		if f := pass.Fset.File(pass.Files[0].Package); f != nil && filepath.IsAbs(f.Name()) {
			file = s.discover(filepath.Dir(f.Name()))
		}
	}
	if file == "" {
		// A package of another module (a dependency, another module of
		// a go.work workspace) without a configuration of its own gets
		// that of the module being linted (found from the working
		// directory, as the standalone command runs there), so that a
		// third-party interface named there is a registry in its own
		// package too.
		if wd, err := os.Getwd(); err == nil && (isDependency(pass) || inOtherModule(pass, wd)) {
			file = s.discover(wd)
		}
	}
	return s.load(file)
}

// inOtherModule reports whether pass's package lies in another module
// than directory wd.
func inOtherModule(pass *analysis.Pass, wd string) bool {
	if len(pass.Files) == 0 {
		return false
	}
	f := pass.Fset.File(pass.Files[0].Package)
	if f == nil || !filepath.IsAbs(f.Name()) {
		return false
	}
	root := moduleRootOf(filepath.Dir(f.Name()))
	return root != "" && root != moduleRootOf(wd)
}

// isDependency reports whether pass's package is outside the main
// module(s): in the standard library or in a dependency module.
func isDependency(pass *analysis.Pass) bool {
	if m := pass.Module; m != nil && (m.Version != "" || m.Path == "std") {
		return true
	}
	if len(pass.Files) > 0 {
		if f := pass.Fset.File(pass.Files[0].Package); f != nil {
			if root := build.Default.GOROOT; root != "" && strings.HasPrefix(f.Name(), filepath.Join(root, "src")+string(filepath.Separator)) {
				return true
			}
		}
	}
	return false // the user's code (or GOPATH mode)
}

// ResolveConfigPath returns the file that a -config value names: as given
// when it exists, else relative to the module root of the working
// directory (go vet runs its tool in each package's directory).
func ResolveConfigPath(name string) string { return resolveConfigPath(name) }

// load returns the configuration in file ("" for the base configuration,
// or none), with the -include-tests flag applied.
func (s *settings) load(file string) (*Config, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.byFile[file]; ok {
		return r.cfg, r.err
	}
	cfg := s.base
	var err error
	if file != "" {
		cfg, err = LoadConfig(file)
	}
	if err == nil {
		if cfg == nil {
			cfg = new(Config)
		}
		if s.includeTests && !cfg.IncludeTests {
			c := *cfg
			c.IncludeTests = true
			cfg = &c
		}
		err = cfg.Validate()
	}
	if s.byFile == nil {
		s.byFile = make(map[string]configResult)
	}
	s.byFile[file] = configResult{cfg, err}
	return cfg, err
}

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
	s := &settings{base: cfg, opts: opts}
	model := &analysis.Analyzer{
		Name:       "registrymodel",
		Doc:        "computes the registry model (roles, adapters, registrations) and its facts for registrylint",
		URL:        "https://github.com/registrylint/registrylint/blob/main/docs/manual.md#how-it-works",
		FactTypes:  factTypes(),
		ResultType: reflect.TypeFor[*Model](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := s.configFor(pass)
			if err != nil {
				// Not an error of this analyzer: the analyzer that
				// requires it reports it, so that go vet, which prints
				// only the errors of the analyzers it runs, shows it
				// (rather than "failed prerequisites") and caches no
				// result.
				return &Model{configErr: err, skipped: true}, nil
			}
			return buildModel(pass, c)
		},
	}
	a := &analysis.Analyzer{
		Name:       "registrylint",
		Doc:        analyzerDoc(doc),
		URL:        "https://github.com/registrylint/registrylint",
		Requires:   []*analysis.Analyzer{model},
		ResultType: reflect.TypeFor[*Summary](),
		Run: func(pass *analysis.Pass) (any, error) {
			c, err := s.configFor(pass)
			if err != nil {
				return nil, err
			}
			return runRules(pass, c, s.opts, pass.ResultOf[model].(*Model))
		},
	}
	a.Flags.Init("registrylint", flag.ContinueOnError)
	a.Flags.StringVar(&s.configFile, "config", "", "registrylint YAML configuration `file`; without it, .registrylint.yml (or registrylint.yml) from each package's directory up to its module root")
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
