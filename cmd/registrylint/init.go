package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/discover"
	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/inventory"
	"github.com/registrylint/registrylint/internal/load"
	"github.com/registrylint/registrylint/internal/model"
)

// initUsage is the usage line of the init subcommand.
const initUsage = "usage: registrylint init [-w] [-json] [-tags TAGS] [packages]"

// runInit implements `registrylint init`: it finds the registries of code
// that declares none, from their shape, and proposes a configuration. It
// exits 0 when it ran, found or not, and 2 when it could not.
func runInit(d *driver.Driver, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("registrylint init", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	write := fs.Bool("w", false, "write the proposal to .registrylint.yml at the module root (never overwrites one)")
	asJSON := fs.Bool("json", false, "print the candidates with their evidence and confidence as JSON")
	tags := fs.String("tags", "", "build `tags`, comma-separated")
	fail := failer(stderr, "registrylint init")
	if code, done := parseSubcommand(fs, initUsage, args, stdout, stderr); done {
		return code
	}
	if *write && *asJSON {
		return fail("-w and -json cannot be combined")
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	root := gomod.Root(wd)
	if root == "" {
		root = wd
	}
	target := filepath.Join(root, ".registrylint.yml")
	if *write {
		for _, name := range []string{".registrylint.yml", "registrylint.yml"} {
			if _, err := os.Stat(filepath.Join(root, name)); !errors.Is(err, iofs.ErrNotExist) {
				return fail("%s exists; not overwriting it (print the proposal without -w and merge it by hand)", relTo(wd, filepath.Join(root, name)))
			}
		}
	}

	d.FactSources = initFactSources(d.FactSources)
	var cands []*discover.Candidate
	packages := 0
	_, modelResults, err := d.AnalyzeStages(patterns, driver.AnalyzeOptions{Tags: *tags, Stderr: stderr}, discover.Analyzer(),
		func(results []any) (*analysis.Analyzer, error) {
			var evs []*discover.Evidence
			for _, r := range results {
				if ev, ok := r.(*discover.Evidence); ok {
					evs = append(evs, ev)
				}
			}
			packages = len(evs)
			cands = discover.Find(evs)
			if len(cands) == 0 {
				return nil, nil
			}
			return analyzer.ModelAnalyzer(analyzer.New(discover.Config(cands))), nil
		})
	if err != nil {
		return fail("%v", err)
	}
	var models []*model.Model
	for _, r := range modelResults {
		if m, ok := r.(*model.Model); ok {
			models = append(models, m)
		}
	}
	inv := inventory.BuildInventory(models, func(name string) string { return relTo(root, name) })
	props := discover.Propose(cands, inv)

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if props == nil {
			props = []*discover.Proposal{}
		}
		if err := enc.Encode(struct {
			Packages   int                  `json:"packages"`
			Registries []*discover.Proposal `json:"registries"`
		}{packages, props}); err != nil {
			return fail("%v", err)
		}
		return driver.ExitOK
	}
	var out bytes.Buffer
	if err := discover.WriteYAML(&out, props, packages, *write); err != nil {
		return fail("%v", err)
	}
	// The proposal must be a valid configuration: check it as a file
	// would be.
	if _, err := config.ParseConfig(out.Bytes()); err != nil {
		return fail("internal error: the proposed configuration is not valid:\n%v\n%s", err, out.String())
	}
	if !*write {
		_, err := stdout.Write(out.Bytes())
		if err != nil {
			return fail("%v", err)
		}
		return driver.ExitOK
	}
	if len(props) == 0 {
		fmt.Fprintf(stderr, "registrylint init: no registry found in %d packages; nothing written\n", packages)
		return driver.ExitOK
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fail("%v", err)
	}
	if _, err := f.Write(out.Bytes()); err != nil {
		f.Close()
		return fail("%v", err)
	}
	if err := f.Close(); err != nil {
		return fail("%v", err)
	}
	noun := "registries"
	if len(props) == 1 {
		noun = "registry"
	}
	fmt.Fprintf(stderr, "registrylint init: wrote %s (%d %s); review it, then run registrylint ./...\n", relTo(wd, target), len(props), noun)
	return driver.ExitOK
}

// initFactSources extends the fact sources of a lint run (base: the
// packages that directives or configuration files name) with the
// packages that the roots import directly, outside the standard library:
// the interface of a registry found in the roots may be declared in one
// of them, in another module (kubernetes' plugins implement
// k8s.io/kube-scheduler/framework.Plugin), and the registry model run
// with the proposal needs its facts. An adapter imports its interface's
// package directly, so one level is enough.
func initFactSources(base func(string, []*packages.Package) map[*packages.Package]bool) func(string, []*packages.Package) map[*packages.Package]bool {
	return func(dir string, roots []*packages.Package) map[*packages.Package]bool {
		sources := make(map[*packages.Package]bool)
		if base != nil {
			sources = base(dir, roots)
		}
		for _, r := range roots {
			for _, imp := range r.Imports {
				if !load.InStandardLibrary(imp) {
					sources[imp] = true
				}
			}
		}
		return sources
	}
}

// relTo returns name relative to dir, slash-separated, when it is inside
// it; else name.
func relTo(dir, name string) string {
	if rel, err := filepath.Rel(dir, name); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return name
}
