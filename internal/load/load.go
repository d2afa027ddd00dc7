package load

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// A Config says what [Load] loads and how.
type Config struct {
	// Dir is the directory in which the go command runs; "" for the
	// current directory.
	Dir string

	// Tests loads the test variants of the packages too.
	Tests bool

	// Tags are the build tags, comma-separated, passed to the go command
	// as -tags.
	Tags string

	// Source type-checks every package from source, dependencies
	// included, which needs no export data.
	Source bool

	// FactSources, if non-nil, returns the packages of the import graph
	// of roots (loaded without syntax or types: names, files, imports,
	// module) that may declare what the analyzers export facts about.
	// Unless Source is set, they and every package that imports one of
	// them, directly or not, are type-checked from source with the
	// roots; every other package comes from export data. When nil, no
	// package is a fact source.
	FactSources func(roots []*packages.Package) map[*packages.Package]bool

	// Context, if non-nil, ends the go commands when it is cancelled:
	// each is interrupted, then killed with its process group.
	Context context.Context
}

// sourceMode loads syntax and types of every package, dependencies
// included (packages.LoadAllSyntax), and module information for
// analysis.Pass.Module and SARIF's source root: Config.Source.
const sourceMode = packages.LoadAllSyntax | packages.NeedModule

// Load loads the packages matching patterns and returns the root
// packages, with syntax and types. Packages that do not load or
// type-check, dependencies included, make the error a [*PackageErrors].
//
// Unless cfg.Source is set, only the roots and the packages that can
// carry facts (see [Config.FactSources]) are type-checked from source,
// and the Imports of every returned package are pruned to those
// packages; every other dependency gets the types of its export data,
// as for a fact-free analyzer, unless the go command's build cache is
// empty or off. With cfg.Source, or an empty cache, every package is
// type-checked from source and the import graph is complete.
func Load(cfg *Config, patterns ...string) ([]*packages.Package, error) {
	if !cfg.Source && !buildCacheEmpty(cfg.context(), cfg.Dir) {
		pkgs, err := loadMixed(cfg, patterns)
		if err != errNoRoots {
			return pkgs, err
		}
		// Some failures of the go command (GOCACHE=off, say) leave go
		// list -export with no packages and no error: the source load
		// reports them, or that nothing matched.
	}
	pkgs, err := packages.Load(cfg.packagesConfig(sourceMode), patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, errNoPackages(patterns)
	}
	if err := packageErrors(pkgs); err != nil {
		return nil, err
	}
	return pkgs, nil
}

// listMode lists names, files, module and the import graph, without
// export data or compiled files: go list compiles nothing for it.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule

// List returns the root packages matching patterns with their import
// graph, names, files and modules, and neither syntax nor types: a
// listing that compiles nothing, for deciding whether a run has anything
// to check before paying for export data.
func List(cfg *Config, patterns ...string) ([]*packages.Package, error) {
	return packages.Load(cfg.packagesConfig(listMode), patterns...)
}

// packagesConfig returns the go/packages configuration of cfg.
func (cfg *Config) packagesConfig(mode packages.LoadMode) *packages.Config {
	pcfg := &packages.Config{
		Context: cfg.context(),
		Mode:    mode,
		Dir:     cfg.Dir,
		Tests:   cfg.Tests,
	}
	if cfg.Tags != "" {
		pcfg.BuildFlags = []string{"-tags=" + cfg.Tags}
	}
	return pcfg
}

// context returns cfg.Context, or a context that is never cancelled.
func (cfg *Config) context() context.Context {
	if cfg.Context != nil {
		return cfg.Context
	}
	return context.Background()
}

// errNoRoots is loadMixed's error when go list returned no package.
var errNoRoots = errors.New("no packages")

// errNoPackages is the error of patterns that match nothing.
func errNoPackages(patterns []string) error {
	return fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
}
