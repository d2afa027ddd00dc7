package config

import (
	"os"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/stdlib"
)

// A Resolver says which configuration applies to each analyzed package:
// the one file named by -config (File), else a configuration given in code
// (Base), else the file discovered from the package's directory up to its
// module root (see [ConfigFiles]). Each file is loaded and validated once;
// the analyzers of one registrylint instance share one Resolver, and no
// state is shared between instances.
type Resolver struct {
	// Base is the configuration given in code (nil for none).
	Base *Config
	// File is the -config flag's value ("" for none).
	File string
	// IncludeTests is the -include-tests flag: when set, every
	// configuration applies the rules to _test.go files.
	IncludeTests bool

	mu     sync.Mutex
	byFile map[string]loaded // loaded configurations, by file ("" for none)
	byDir  map[string]string // discovered configuration files, by package directory
}

type loaded struct {
	cfg *Config
	err error
}

// discover returns DiscoverConfigIn(dir), once per directory walked (the
// packages of a module share their parents' answers): the model and rule
// analyzers both ask, for every package.
func (r *Resolver) discover(dir string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byDir == nil {
		r.byDir = make(map[string]string)
	}
	return DiscoverConfigIn(dir, r.byDir)
}

// For returns the effective configuration of pass's package.
func (r *Resolver) For(pass *analysis.Pass) (*Config, error) {
	switch {
	case r.File != "":
		file := ResolveConfigPath(r.File)
		if !IsFile(file) && !filepath.IsAbs(r.File) && isDependency(pass) {
			// go vet runs the tool in each package's directory: a
			// relative path cannot reach a standard-library or
			// dependency package, which is analyzed without it.
			return r.load("")
		}
		return r.load(file)
	case r.Base != nil:
		return r.load("")
	}
	file := ""
	if len(pass.Files) > 0 {
		if f := pass.Fset.File(pass.Files[0].Package); f != nil && filepath.IsAbs(f.Name()) {
			file = r.discover(filepath.Dir(f.Name()))
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
			file = r.discover(wd)
		}
	}
	return r.load(file)
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
	root := gomod.Root(filepath.Dir(f.Name()))
	return root != "" && root != gomod.Root(wd)
}

// isDependency reports whether pass's package is outside the main
// module(s): in the standard library or in a dependency module.
func isDependency(pass *analysis.Pass) bool {
	if m := pass.Module; m != nil && (m.Version != "" || m.Path == "std") {
		return true
	}
	if len(pass.Files) > 0 {
		if f := pass.Fset.File(pass.Files[0].Package); f != nil {
			if stdlib.HasFile(f.Name()) {
				return true
			}
		}
	}
	return false // the user's code (or GOPATH mode)
}

// load returns the configuration in file ("" for the base configuration,
// or none), with IncludeTests applied.
func (r *Resolver) load(file string) (*Config, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if l, ok := r.byFile[file]; ok {
		return l.cfg, l.err
	}
	cfg := r.Base
	var err error
	if file != "" {
		cfg, err = LoadConfig(file)
	}
	if err == nil {
		if cfg == nil {
			cfg = new(Config)
		}
		if r.IncludeTests && !cfg.IncludeTests {
			c := *cfg
			c.IncludeTests = true
			cfg = &c
		}
		err = cfg.Validate()
	}
	if r.byFile == nil {
		r.byFile = make(map[string]loaded)
	}
	r.byFile[file] = loaded{cfg, err}
	return cfg, err
}
