package config

import (
	"os"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/stdlib"
)

// A Resolver is the one place that says which configuration applies:
// to each analyzed package ([Resolver.For]), before any package is loaded
// ([Resolver.Preflight]) and to a whole run ([Resolver.Files]). The rules:
// the one file named by -config (File), else a configuration given in code
// (Base), else the file discovered from the package's directory up to its
// module root ([DiscoverConfigIn]). Each file is loaded and validated once
// per [Cache]; the analyzers of one registrylint instance share one
// Resolver, and no state is shared between instances but a Cache given
// to several.
type Resolver struct {
	// Base is the configuration given in code (nil for none).
	Base *Config
	// File is the -config flag's value ("" for none).
	File string
	// IncludeTests is the -include-tests flag: when set, every
	// configuration applies the rules to _test.go files.
	IncludeTests bool
	// Cache loads the files; nil for one of the Resolver's own. A run
	// that checks its files before the analysis (the command) passes the
	// same Cache to every Resolver of the run.
	Cache *Cache

	mu     sync.Mutex
	own    *Cache            // the Cache when Cache is nil
	byFile map[string]loaded // effective configurations, by file ("" for none)
}

type loaded struct {
	cfg *Config
	err error
}

// cache returns the Cache of r.
func (r *Resolver) cache() *Cache {
	if r.Cache != nil {
		return r.Cache
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.own == nil {
		r.own = new(Cache)
	}
	return r.own
}

// discover returns the file that discovery finds for a package in dir.
func (r *Resolver) discover(dir string) string {
	return r.cache().Discover(dir)
}

// Load returns the validated configuration in file, as [LoadConfig] does,
// decoding it once per Cache.
func (r *Resolver) Load(file string) (*Config, error) {
	return r.cache().Load(file)
}

// For returns the effective configuration of pass's package.
func (r *Resolver) For(pass *analysis.Pass) (*Config, error) {
	switch {
	case r.File != "":
		file := resolveConfigPath(r.File)
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
	l, ok := r.byFile[file]
	r.mu.Unlock()
	if ok {
		return l.cfg, l.err
	}
	cfg := r.Base
	var err error
	if file != "" {
		cfg, err = r.Load(file) // outside r.mu: r.cache takes it
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if l, ok := r.byFile[file]; ok {
		return l.cfg, l.err // loaded meanwhile: keep one answer
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
		if file == "" {
			err = cfg.Validate() // a file's configuration is validated when decoded
		}
	}
	if r.byFile == nil {
		r.byFile = make(map[string]loaded)
	}
	r.byFile[file] = loaded{cfg, err}
	return cfg, err
}
