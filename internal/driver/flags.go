package driver

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

// options holds the driver's own flags of one run.
type options struct {
	fix     bool
	diff    bool
	json    bool
	sarif   bool
	context int
	tests   bool
	tags    string
	load    string // -load: "auto" or "source"
	// baseline (-baseline) and writeBaseline (-write-baseline) name
	// baseline files, relative to the working directory.
	baseline      string
	writeBaseline string
	version       string // -V: "" when unset, "true" for a bare -V, else its value
}

// flagSet returns a flag set with the driver's flags, bound to o, and the
// analyzers' flags.
func (r *runner) flagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet(r.d.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed by parseFlags
	fs.Usage = func() {}
	fs.BoolVar(&o.fix, "fix", false, "apply the first suggested fix of every diagnostic")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.json, "json", false, "print diagnostics as JSON (the go/analysis shape, with url) on stdout")
	fs.BoolVar(&o.sarif, "sarif", false, "print diagnostics as SARIF 2.1.0 on stdout")
	fs.IntVar(&o.context, "c", -1, "print `N` lines of context around each diagnostic")
	fs.BoolVar(&o.tests, "test", true, "load test files (and test variants of packages) too")
	fs.StringVar(&o.tags, "tags", "", "comma-separated `list` of build tags")
	fs.StringVar(&o.load, "load", "auto", "how to load packages, `mode` auto (from source: the packages named and the dependencies that can carry registry facts; the others from export data, as a fact-free linter does) or source (every package from source: faster when the build cache lacks the dependencies' export data; an empty cache is detected)")
	fs.StringVar(&o.baseline, "baseline", "", "report only the findings that baseline `file` (written by -write-baseline) does not record; name its entries that no longer occur")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in baseline `file` and exit 0, printing none")
	fs.Var(versionFlag{&o.version}, "V", "print the version and exit (-V=full: the line go vet expects)")

	multi := len(r.d.Analyzers) > 1
	for _, a := range r.d.Analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := f.Name
			if multi {
				name = a.Name + "." + f.Name
			}
			if fs.Lookup(name) != nil {
				r.errorf("warning: %s flag -%s conflicts with a driver flag; ignored", a.Name, f.Name)
				return
			}
			fs.Var(f.Value, name, f.Usage)
		})
	}
	return fs
}

// parseFlags parses args. When done is set the run is over (help,
// version, or an error already printed) with exit code code.
func (r *runner) parseFlags(args []string) (o *options, patterns []string, code int, done bool) {
	o = new(options)
	fs := r.flagSet(o)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			r.help(fs)
			return nil, nil, ExitOK, true
		}
		r.errorf("%v", err)
		r.usageHint()
		return nil, nil, ExitError, true
	}
	if o.version != "" {
		return nil, nil, r.printVersion(o.version), true
	}
	switch {
	case o.json && o.sarif:
		r.errorf("-json and -sarif cannot be combined")
		return nil, nil, ExitError, true
	case o.diff && (o.json || o.sarif):
		r.errorf("-diff prints a diff on stdout and cannot be combined with -json or -sarif")
		return nil, nil, ExitError, true
	case o.writeBaseline != "" && (o.baseline != "" || o.fix || o.diff || o.json || o.sarif):
		r.errorf("-write-baseline records the findings and prints none; it cannot be combined with -baseline, -fix, -diff, -json or -sarif")
		return nil, nil, ExitError, true
	case o.load != "auto" && o.load != "source":
		r.errorf("-load=%s: want auto or source", o.load)
		return nil, nil, ExitError, true
	case fs.NArg() == 0:
		r.errorf("no packages given")
		r.usageHint()
		return nil, nil, ExitError, true
	}
	return o, fs.Args(), ExitOK, false
}

// usageHint prints the one-line usage on stderr.
func (r *runner) usageHint() {
	fmt.Fprintf(r.stderr, "usage: %[1]s [flags] packages (run '%[1]s -help' for details)\n", r.d.Name)
}

// docListsRules reports whether the documentation of a single analyzer
// already lists every rule ("- id: ..."), so that -help does not list them
// twice.
func (r *runner) docListsRules() bool {
	if len(r.d.Analyzers) != 1 {
		return false
	}
	for _, rule := range r.d.Rules {
		if !strings.Contains(r.d.Analyzers[0].Doc, "- "+rule.ID+":") {
			return false
		}
	}
	return true
}

// help prints the documentation, the rules and the flags on stdout.
func (r *runner) help(fs *flag.FlagSet) {
	w := r.stdout
	name := r.d.Name
	if len(r.d.Analyzers) == 1 {
		a := r.d.Analyzers[0]
		paras := strings.Split(a.Doc, "\n\n")
		fmt.Fprintf(w, "%s: %s\n\n", name, strings.TrimPrefix(paras[0], a.Name+": "))
		fmt.Fprintf(w, "Usage: %s [flags] packages\n\n", name)
		if len(paras) > 1 {
			fmt.Fprintf(w, "%s\n\n", strings.Join(paras[1:], "\n\n"))
		}
	} else {
		fmt.Fprintf(w, "%s is a tool for static analysis of Go programs.\n\n", name)
		fmt.Fprintf(w, "Usage: %s [flags] packages\n\nAnalyzers:\n", name)
		for _, a := range r.d.Analyzers {
			title, _, _ := strings.Cut(a.Doc, "\n\n")
			fmt.Fprintf(w, "  %s: %s\n", a.Name, title)
		}
		fmt.Fprintln(w)
	}
	if len(r.d.Rules) > 0 && !r.docListsRules() {
		fmt.Fprintln(w, "Rules:")
		tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
		for _, rule := range r.d.Rules {
			fmt.Fprintf(tw, "  %s\t%s\n", rule.ID, rule.Summary)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "Flags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, `
Text diagnostics are printed on stderr as "path:line:col: message (rule)";
-json, -sarif and -diff print on stdout.

Exit status: 0 no diagnostics, 1 diagnostics (after -fix: diagnostics left
unfixed; with -baseline: diagnostics it does not record), 2 could not run
(bad flag, bad configuration or baseline, packages that do not load).

Run by go vet: go vet -vettool=/absolute/path/to/%s [flags] packages
(an empty -vettool= silently runs the standard vet instead)
`, name)
}

// printVersion implements -V and returns the exit code.
func (r *runner) printVersion(v string) int {
	switch v {
	case "true":
		fmt.Fprintf(r.stdout, "%s version %s\n", r.d.Name, r.version())
		return ExitOK
	case "full":
		line, err := r.fullVersion()
		if err != nil {
			return r.fail(err)
		}
		fmt.Fprintln(r.stdout, line)
		return ExitOK
	}
	r.errorf("unsupported flag value: -V=%s (use -V or -V=full)", v)
	return ExitError
}

// version returns the version with no spaces ("devel" when unknown).
func (r *runner) version() string {
	v := strings.Join(strings.Fields(r.d.Version), "_")
	if v == "" {
		v = "devel"
	}
	return v
}

// fullVersion returns the line of the -V=full protocol of go vet, as
// analysisflags prints it: the go command reads "devel" in the third field
// and then uses the buildID (a hash of the executable, and of
// [Driver.VetCacheKey]) as the tool's cache key, so a rebuilt tool or an
// edited configuration invalidates cached vet results.
func (r *runner) fullVersion() (string, error) {
	progname, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(progname)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if r.d.VetCacheKey != nil {
		h.Write(r.d.VetCacheKey(r.dir))
	}
	return fmt.Sprintf("%s version devel %s buildID=%x", progname, r.version(), h.Sum(nil)), nil
}

// versionFlag is the -V flag: a boolean flag that also takes -V=full.
type versionFlag struct{ v *string }

func (f versionFlag) IsBoolFlag() bool { return true }
func (f versionFlag) String() string {
	if f.v == nil {
		return ""
	}
	return *f.v
}
func (f versionFlag) Set(s string) error {
	if s == "false" {
		s = ""
	}
	*f.v = s
	return nil
}
