// The registrylint command checks that one init function registers every
// adapter of a registry (see the README and package
// github.com/registrylint/registrylint/analyzer).
//
// Usage:
//
//	registrylint [flags] [-baseline FILE | -write-baseline FILE] packages
//	registrylint list [-json | -format text|markdown|mermaid] [-check FILE] packages
//	registrylint new -registry IFACE -name NAME [-description TEXT] [-dir DIR] [-test] [-n]
//	registrylint init [-w] [-json] [packages]
//	go vet -vettool=/path/to/registrylint [flags] packages
//
// Run "registrylint -help" for the flags. Text diagnostics are printed on
// standard error; -json and -sarif print on standard output. The exit
// status is 0 without diagnostics, 1 with diagnostics (after -fix:
// diagnostics left unfixed) and 2 when the command could not run.
package main

import (
	"os"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/driver"
)

func main() {
	// go vet prints no diagnostic category: there the message carries
	// the rule ID, as the standalone command's "(rule)" suffix does.
	// The configuration files of this process's runs, each loaded once
	// by the checks of Setup and Loaded, the fact-sources hook and the
	// analyzers.
	cache := new(config.Cache)
	opts := analyzer.Options{RuleInMessage: driver.IsVetInvocation(os.Args[1:]), ConfigCache: cache}
	a := analyzer.NewWithOptions(nil, opts)
	d := &driver.Driver{
		Name:      "registrylint",
		Version:   version(),
		URL:       "https://github.com/registrylint/registrylint",
		Analyzers: []*analysis.Analyzer{a},
		Rules:     rules(),
		Setup:     func() error { return checkConfig(a, cache, opts.RuleInMessage) },
		Program:   program(a),

		FactSources:  factSources(a, cache),
		FirstContact: firstContact(a, cache, os.Stderr),
		Loaded:       checkConfigFiles(a, cache, os.Stderr),
		VetCacheKey:  vetCacheKey,
	}
	if args := os.Args[1:]; len(args) > 0 {
		switch args[0] {
		case "list", "new", "init":
			// Their go list ends with the process, as the command's.
			driver.CatchSignals()
		}
		switch args[0] {
		case "list":
			os.Exit(runList(d, a, cache, args[1:], os.Stdout, os.Stderr))
		case "new":
			os.Exit(runNew(d, a, cache, args[1:], os.Stdout, os.Stderr))
		case "init":
			os.Exit(runInit(d, args[1:], os.Stdout, os.Stderr))
		}
	}
	d.Main()
}

// resolver returns the Resolver of analyzer a's -config flag, loading
// files through cache: it says which configuration files the command
// checks, as the analyzer's says which it reads.
func resolver(a *analysis.Analyzer, cache *config.Cache) *config.Resolver {
	file := ""
	if f := a.Flags.Lookup("config"); f != nil {
		file = f.Value.String()
	}
	return &config.Resolver{File: file, Cache: cache}
}

// checkConfig is the driver's Setup hook: it loads the configuration that
// applies whatever the packages (see [config.Resolver.Preflight]), so
// that a bad configuration stops the command before any package is
// loaded. (A discovered .registrylint.yml is loaded with its packages; an
// error in it fails the run with exit 2 too, printed once.) vet is set
// under go vet.
func checkConfig(a *analysis.Analyzer, cache *config.Cache, vet bool) error {
	return resolver(a, cache).Preflight(vet)
}

// useConfig validates the configuration file of a subcommand's -config
// flag ("" for none), through the run's cache, and hands it to analyzer a,
// as -config does for the command itself.
func useConfig(a *analysis.Analyzer, cache *config.Cache, file string) error {
	if file == "" {
		return nil
	}
	if _, err := cache.Load(file); err != nil {
		return err
	}
	return a.Flags.Set("config", file)
}

// rules describes every rule of registrylint.
func rules() []driver.Rule {
	var rules []driver.Rule
	for _, r := range analyzer.Rules() {
		rules = append(rules, driver.Rule{
			ID:          r.ID,
			Summary:     r.Summary,
			URL:         r.URL,
			Description: r.Description(),
			Help:        r.Doc,
		})
	}
	return rules
}

// version returns the module version the command was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		return info.Main.Version
	}
	return ""
}

// noRegistryNote is printed, by the command and list, when no analyzed
// package declares or sees a registry: nothing was checked.
const noRegistryNote = "no registry is declared in the analyzed packages (no //registrylint: directive, no configured registry they declare or import), so nothing was checked; run registrylint init to find the registries from the shape of the code"

// program is the whole-program check of analyzer a, with the note that
// nothing was checked when no package sees a registry.
func program(a *analysis.Analyzer) *driver.Program {
	p := driver.ProgramCheck(a, analyzer.CheckProgram)
	p.Note = func(results []any) string {
		for _, r := range results {
			if s, ok := r.(*analyzer.Summary); ok && s.SeesRegistry() {
				return ""
			}
		}
		return noRegistryNote
	}
	return p
}
