package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/escape"
	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/model"
	"github.com/registrylint/registrylint/internal/scaffold"
)

// newUsage is the usage line of the new subcommand.
const newUsage = "usage: registrylint new -registry IFACE -name NAME [-description TEXT] [-dir DIR] [-test] [-n] [-config FILE] [PACKAGES]"

// runNew implements `registrylint new`: it scaffolds an adapter of a
// registry of the module in the working directory and registers it. It
// analyzes the packages given (default: the whole module, wherever in it
// it runs). It exits 0, or 2 with a message when it cannot (an unknown
// or ambiguous registry, a taken name, a file or package that exists);
// options it cannot honour, and what is left to do, are said on stderr.
func runNew(d *driver.Driver, a *analysis.Analyzer, cache *config.Cache, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("registrylint new", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var opts scaffold.Options
	fs.StringVar(&opts.Registry, "registry", "", "the adapter `interface`: import/path.Name, or pkg.Name when unique")
	fs.StringVar(&opts.Name, "name", "", "the adapter's Go type `name`, e.g. MyTTS (its registry name is my-tts)")
	fs.StringVar(&opts.Description, "description", "", "what its Description method returns")
	dir := fs.String("dir", "", "`directory` of the new file (default: beside the other adapters)")
	fs.BoolVar(&opts.Test, "test", false, "also write a test of the adapter's name")
	dryRun := fs.Bool("n", false, "print the changes as a diff and write nothing")
	configFile := fs.String("config", "", "registrylint YAML configuration `file`")
	fail := failer(stderr, "registrylint new")
	if code, done := parseSubcommand(fs, newUsage, args, stdout, stderr); done {
		return code
	}
	if opts.Registry == "" || opts.Name == "" {
		fmt.Fprintln(stderr, newUsage)
		return fail("-registry and -name are required")
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	if *dir != "" {
		opts.Dir, err = filepath.Abs(*dir)
		if err != nil {
			return fail("%v", err)
		}
	}
	if err := useConfig(a, cache, *configFile); err != nil {
		return fail("%v", err)
	}
	root := gomod.Root(wd)
	if root == "" {
		return fail("%s is not inside a Go module (no go.mod above it)", wd)
	}
	// The packages given, relative to the working directory; by default
	// the whole module, wherever in it the command runs.
	patterns, loadDir := fs.Args(), wd
	if len(patterns) == 0 {
		patterns, loadDir = []string{"./..."}, root
	}
	results, err := d.Analyze(analyzer.ModelAnalyzer(a), patterns, driver.AnalyzeOptions{Dir: loadDir, Stderr: stderr})
	if err != nil {
		return fail("%v", err)
	}
	var models []*model.Model
	for _, r := range results {
		if m, ok := r.(*model.Model); ok {
			models = append(models, m)
		}
	}
	sc, err := scaffold.New(models, opts)
	if err != nil {
		return fail("%v", err)
	}
	for _, note := range sc.Notes {
		fmt.Fprintf(stderr, "registrylint new: %s\n", escape.Line(note))
	}
	changes, err := driver.ApplyEdits(sc.Fset, sc.Edits)
	if err != nil {
		return fail("%v", err)
	}
	// Paths relative to the module root: -n's diff applies there with patch -p1.
	rel := func(name string) string {
		if r, err := filepath.Rel(root, name); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
		return name
	}
	newFiles := slices.Sorted(func(yield func(string) bool) {
		for name := range sc.Files {
			if !yield(name) {
				return
			}
		}
	})
	if *dryRun {
		for _, name := range newFiles {
			fmt.Fprint(stdout, driver.UnifiedDiff("", "b/"+rel(name), nil, sc.Files[name]))
		}
		for _, c := range changes {
			fmt.Fprint(stdout, driver.UnifiedDiff("a/"+rel(c.Name), "b/"+rel(c.Name), c.Old, c.New))
		}
		return driver.ExitOK
	}
	if err := writeNew(sc.Files, newFiles, changes); err != nil {
		return fail("%v", err)
	}
	for _, name := range newFiles {
		fmt.Fprintf(stdout, "created %s\n", rel(name))
	}
	for _, c := range changes {
		fmt.Fprintf(stdout, "edited %s\n", rel(c.Name))
	}
	registered := "is registered"
	if sc.Named {
		registered = fmt.Sprintf("is registered as %q", sc.Key)
	}
	fmt.Fprintf(stdout, "%s %s; implement its TODOs, then run registrylint ./... and registrylint list ./...\n", sc.Type, registered)
	return driver.ExitOK
}

// writeNew creates the new files (never over an existing one) and writes
// the changes of existing files, all or nothing: when a step fails, the
// files and directories it created are removed and the files it changed
// get their old content back, and the error says so.
func writeNew(files map[string][]byte, names []string, changes []driver.FileChange) (err error) {
	var createdDirs, createdFiles []string
	var written []driver.FileChange
	defer func() {
		if err == nil {
			return
		}
		var left []string
		for i := len(written) - 1; i >= 0; i-- {
			if werr := driver.WriteFile(written[i].Name, written[i].Old); werr != nil {
				left = append(left, fmt.Sprintf("%s (edited; restoring it: %v)", written[i].Name, werr))
			}
		}
		for i := len(createdFiles) - 1; i >= 0; i-- {
			if rerr := os.Remove(createdFiles[i]); rerr != nil {
				left = append(left, createdFiles[i])
			}
		}
		for i := len(createdDirs) - 1; i >= 0; i-- {
			if rerr := os.Remove(createdDirs[i]); rerr != nil {
				left = append(left, createdDirs[i])
			}
		}
		if len(left) > 0 {
			err = fmt.Errorf("%v; undoing what was written failed, left: %s", err, strings.Join(left, ", "))
			return
		}
		err = fmt.Errorf("%v; nothing was written", err)
	}()
	for _, name := range names {
		// The directories to create, outermost first.
		var missing []string
		for d := filepath.Dir(name); ; d = filepath.Dir(d) {
			if _, serr := os.Lstat(d); serr == nil || filepath.Dir(d) == d {
				break
			}
			missing = append([]string{d}, missing...)
		}
		for _, d := range missing {
			if err := os.Mkdir(d, 0o777); err != nil {
				return err
			}
			createdDirs = append(createdDirs, d)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%v (registrylint new never overwrites a file)", err)
		}
		if err != nil {
			return err
		}
		createdFiles = append(createdFiles, name)
		_, werr := f.Write(files[name])
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return werr
		}
	}
	for _, c := range changes {
		if err := driver.WriteFile(c.Name, c.New); err != nil {
			return err
		}
		written = append(written, c)
	}
	return nil
}
