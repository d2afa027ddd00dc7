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
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/discover"
	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/escape"
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
	write := fs.Bool("w", false, "write the proposal to .registrylint.yml at the module root of its packages, one file per module (never overwrites one)")
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
	// Positions relative to the module root of their file: the root of
	// the configuration that names them.
	inv := inventory.BuildInventory(models, func(name string) string {
		if r := gomod.Root(filepath.Dir(name)); r != "" {
			return relTo(r, name)
		}
		return relTo(root, name)
	})
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
	if !*write {
		out, err := proposalYAML(props, packages, false)
		if err != nil {
			return fail("%v", err)
		}
		if _, err := stdout.Write(out); err != nil {
			return fail("%v", err)
		}
		return driver.ExitOK
	}
	if len(props) == 0 {
		fmt.Fprintf(stderr, "registrylint init: no registry found in %d packages; nothing written\n", packages)
		return driver.ExitOK
	}
	files := proposalFiles(props, models, root)
	for _, f := range files {
		for _, name := range []string{".registrylint.yml", "registrylint.yml"} {
			if _, err := os.Stat(filepath.Join(f.root, name)); !errors.Is(err, iofs.ErrNotExist) {
				return fail("%s exists; not overwriting it (print the proposal without -w and merge it by hand)", relTo(wd, filepath.Join(f.root, name)))
			}
		}
	}
	var written []string
	for _, f := range files {
		target := filepath.Join(f.root, ".registrylint.yml")
		err := writeProposal(target, f.props, packages)
		if err != nil {
			// All or nothing: no module is left configured alone.
			for _, name := range written {
				os.Remove(name)
			}
			return fail("%v", err)
		}
		written = append(written, target)
	}
	var parts []string
	for i, f := range files {
		parts = append(parts, fmt.Sprintf("%s (%d %s)", relTo(wd, written[i]), len(f.props), plural(len(f.props), "registry", "registries")))
	}
	next := "review it, then run registrylint ./..."
	if len(files) > 1 {
		next = "one per module; review them, then run registrylint ./... in each module"
	}
	fmt.Fprintf(stderr, "registrylint init: %s\n", escape.Line(fmt.Sprintf("wrote %s; %s", strings.Join(parts, ", "), next)))
	return driver.ExitOK
}

// proposalYAML renders props as a configuration file, checked as a file
// would be.
func proposalYAML(props []*discover.Proposal, packages int, written bool) ([]byte, error) {
	var out bytes.Buffer
	if err := discover.WriteYAML(&out, props, packages, written); err != nil {
		return nil, err
	}
	// The proposal must be a valid configuration: check it as a file
	// would be.
	if _, err := config.ParseConfig(out.Bytes()); err != nil {
		return nil, fmt.Errorf("internal error: the proposed configuration is not valid:\n%v\n%s", err, out.String())
	}
	return out.Bytes(), nil
}

// writeProposal writes props to target, which must not exist.
func writeProposal(target string, props []*discover.Proposal, packages int) error {
	data, err := proposalYAML(props, packages, true)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(target)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(target)
		return err
	}
	return nil
}

// A proposalFile is the configuration to write at a module root.
type proposalFile struct {
	root  string
	props []*discover.Proposal
}

// proposalFiles splits props by module: discovery looks for
// .registrylint.yml from a package's directory up to its module root, so
// each module whose packages a proposal is about (its interface, init and
// register functions, aggregator, adapters) gets the proposal in a file at
// its root. In a go.work workspace the packages span several modules and
// the workspace root is none of them. A proposal about no analyzed
// package goes to fallback, the module root of the working directory.
func proposalFiles(props []*discover.Proposal, models []*model.Model, fallback string) []proposalFile {
	rootOf := make(map[string]string) // package path to its module root
	for _, m := range models {
		path := m.Pass().Pkg.Path()
		if _, ok := rootOf[path]; ok {
			continue
		}
		for _, f := range m.Pass().Files {
			if tf := m.Pass().Fset.File(f.Pos()); tf != nil && filepath.IsAbs(tf.Name()) {
				if r := gomod.Root(filepath.Dir(tf.Name())); r != "" {
					rootOf[path] = r
					break
				}
			}
		}
	}
	var files []proposalFile
	index := make(map[string]int)
	for _, p := range props {
		roots := proposalRoots(p, rootOf)
		if len(roots) == 0 {
			roots = []string{fallback}
		}
		for _, r := range roots {
			i, ok := index[r]
			if !ok {
				i = len(files)
				index[r] = i
				files = append(files, proposalFile{root: r})
			}
			files[i].props = append(files[i].props, p)
		}
	}
	return files
}

// proposalRoots returns the module roots of the packages proposal p is
// about, in order of first mention.
func proposalRoots(p *discover.Proposal, rootOf map[string]string) []string {
	var pkgs []string
	if pkg, _, ok := config.SplitPkgName(p.Config.Adapter); ok {
		pkgs = append(pkgs, pkg)
	}
	for _, name := range append([]string{p.Config.Init}, p.Config.Register...) {
		if fn, ok := config.ParseFuncName(name); ok {
			pkgs = append(pkgs, fn.Pkg)
		}
	}
	if p.Config.Aggregator != "" {
		pkgs = append(pkgs, p.Config.Aggregator)
	}
	for _, refs := range [][]discover.AdapterRef{p.Registered, p.NotRegistered, p.NotImported} {
		for _, a := range refs {
			if pkg, _, ok := config.SplitPkgName(a.TypeKey); ok {
				pkgs = append(pkgs, pkg)
			}
		}
	}
	var roots []string
	for _, pkg := range pkgs {
		if r, ok := rootOf[pkg]; ok && !slices.Contains(roots, r) {
			roots = append(roots, r)
		}
	}
	return roots
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
