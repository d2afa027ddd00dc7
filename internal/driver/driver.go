package driver

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/registrylint/registrylint/internal/escape"
)

// Exit codes of [Driver.Run].
const (
	ExitOK       = 0 // no diagnostics
	ExitFindings = 1 // diagnostics (after -fix: diagnostics left unfixed)
	ExitError    = 2 // could not run
)

// A Driver describes an analysis command. Its fields are set once, before
// [Driver.Main] or [Driver.Run]; a Driver holds no state of its own between
// runs (the analyzers' flags do, as in every go/analysis driver).
type Driver struct {
	// Name is the command name, used in messages, -V and SARIF output.
	Name string
	// Version is printed by -V and recorded in SARIF output.
	Version string
	// URL is the home page of the tool (SARIF informationUri).
	URL string

	// Analyzers are the root analyzers. The flags of a single analyzer
	// are accepted unprefixed; with several, each flag is -name.flag.
	Analyzers []*analysis.Analyzer

	// Rules describes the diagnostic categories, in documentation order:
	// they are listed by -help and become the rules of SARIF output. A
	// category that is not listed gets a SARIF rule of its own.
	Rules []Rule

	// Setup, if non-nil, is called after the flags have been parsed and
	// before any package is loaded. An error ends the run with exit code
	// 2 and the error on standard error: use it to validate a
	// configuration file named by an analyzer flag.
	Setup func() error

	// Program, if non-nil, is the whole-program check, run after every
	// package has been analyzed.
	Program *Program

	// FactSources, if non-nil, returns the packages of the import graph
	// of roots (loaded without syntax or types: names, files, imports,
	// module) that may declare what the analyzers export facts about, in
	// a run started in directory dir. -load=auto type-checks from source
	// the roots, these packages and every package that imports one of
	// them, directly or not; every other package comes from export data,
	// as for a fact-free analyzer. When nil, every package is a fact
	// source if an analyzer uses facts, and none is otherwise.
	FactSources func(dir string, roots []*packages.Package) map[*packages.Package]bool

	// FirstContact, if non-nil, may spare a run that would check nothing
	// the cost of compiling: before the load, when Wanted(dir) says so,
	// the packages' import graph is listed without export data (go list
	// compiles nothing then) and Note receives the roots; a non-empty
	// note (nothing declares what the analyzers look for) is printed on
	// standard error and the run ends with exit code 0, as when the
	// whole-program note says nothing was checked.
	FirstContact *FirstContact

	// Loaded, if non-nil, is called once the packages have loaded, before
	// any analysis, with the working directory and the root packages. An
	// error ends the run with exit code 2 and the error on standard error,
	// each line prefixed by the command name: use it to validate what the
	// packages select, such as the configuration files they discover.
	Loaded func(dir string, roots []*packages.Package) error

	// VetCacheKey, if non-nil, returns what go vet's cache of the tool's
	// results must depend on besides the executable, for a go vet run in
	// directory dir: the content of the configuration files the
	// analyzers read. It is hashed into the build ID of -V=full, which go
	// vet asks for once per run and keys its cache by; without it, go vet
	// would replay results computed under an earlier configuration.
	VetCacheKey func(dir string) []byte

	// beforeWrite, if non-nil, is called by -fix before it writes each
	// file: tests edit the file there, as a user may while -fix runs.
	beforeWrite func(name string)
}

// FirstContact is the Driver's check before loading: see
// [Driver.FirstContact].
type FirstContact struct {
	// Wanted reports whether the check is worth its listing in a run
	// started in dir (say, no configuration file applies).
	Wanted func(dir string) bool
	// Note returns what to print when there is nothing to check among
	// the roots and their dependencies (loaded with names, files and
	// imports only), "" to go on with the run.
	Note func(dir string, roots []*packages.Package) string
}

// A Rule describes one diagnostic category.
type Rule struct {
	ID          string // the Category of its diagnostics
	Summary     string // one line, lower-case
	URL         string // documentation
	Description string // a paragraph of plain text (SARIF fullDescription); optional
	Help        string // Markdown: what it reports, examples, suppression (SARIF help); optional
}

// Main runs the command with the process's arguments and exits. When the
// arguments are those of the go vet tool protocol (a single *.cfg file, or
// -flags), it hands over to singlechecker (multichecker for several
// analyzers), which implements that protocol, with the same analyzers.
func (d *Driver) Main() {
	args := os.Args[1:]
	if IsVetInvocation(args) {
		d.vetMain()
		panic("unreachable")
	}
	CatchSignals()
	os.Exit(d.Run("", args, os.Stdout, os.Stderr))
}

// Run runs the command with args (without the program name) in directory
// dir ("" for the current directory), writing to stdout and stderr, and
// returns the exit code.
func (d *Driver) Run(dir string, args []string, stdout, stderr io.Writer) int {
	r := &runner{d: d, stdout: stdout, stderr: stderr}
	if err := r.init(dir); err != nil {
		return r.fail(err)
	}
	opts, patterns, code, done := r.parseFlags(args)
	if done {
		return code
	}
	r.opts = opts
	return r.run(patterns)
}

// A runner holds the state of one [Driver.Run].
type runner struct {
	d      *Driver
	opts   *options
	dir    string // absolute working directory
	stdout io.Writer
	stderr io.Writer
	// runErrors are the errors that make the run fail (exit 2), for
	// SARIF's toolExecutionNotifications.
	runErrors []string
	// rerun, under -fix, analyzes the packages again, without -fix, to
	// report what is left with positions in the fixed files.
	rerun func() int
	// reran is set once rerun has reported the findings left.
	reran bool
	// cacheWasEmpty records that the build cache was empty before the
	// first-contact listing wrote to it: the load is then from source,
	// as it would have been without the listing.
	cacheWasEmpty bool
}

func (r *runner) init(dir string) error {
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		dir = wd
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	r.dir = abs
	if len(r.d.Analyzers) == 0 {
		return fmt.Errorf("internal error: no analyzers")
	}
	if p := r.d.Program; p != nil && !slices.Contains(r.d.Analyzers, p.Analyzer) {
		return fmt.Errorf("internal error: the program check reads analyzer %s, which is not a root analyzer", p.Analyzer.Name)
	}
	return analysis.Validate(r.d.Analyzers)
}

// fail prints err and returns [ExitError]. Under -sarif it still writes
// a SARIF log, with the error as a tool execution notification, so that an
// upload step after a failed run has a valid file to read.
func (r *runner) fail(err error) int {
	for _, line := range strings.Split(err.Error(), "\n") {
		r.errorf("%s", line)
	}
	if r.opts != nil && r.opts.sarif {
		r.runErrors = append(r.runErrors, err.Error())
		if werr := r.writeSARIF(r.stdout, &results{}); werr != nil {
			r.errorf("%v", werr)
		}
	}
	return ExitError
}

// errorf prints a message on stderr, each of its lines prefixed by the
// command name and escaped: messages carry names from the code and the
// configuration, which must not start a line of their own.
func (r *runner) errorf(format string, args ...any) {
	for _, line := range strings.Split(fmt.Sprintf(format, args...), "\n") {
		fmt.Fprintf(r.stderr, "%s: %s\n", r.d.Name, escape.Line(line))
	}
}

// run loads, analyzes and reports; it returns the exit code.
func (r *runner) run(patterns []string) int {
	if r.d.Setup != nil {
		if err := r.d.Setup(); err != nil {
			return r.fail(err)
		}
	}
	var bl *baseline
	if name := r.opts.baseline; name != "" {
		var err error
		if bl, err = readBaseline(r.dir, name); err != nil {
			return r.fail(err)
		}
	}
	if r.opts.fix {
		r.fixing()
		r.rerun = func() int {
			opts := *r.opts
			opts.fix = false
			again := &runner{d: r.d, opts: &opts, dir: r.dir, stdout: r.stdout, stderr: r.stderr}
			return again.run(patterns)
		}
	}
	if note := r.firstContact(patterns); note != "" {
		r.errorf("%s", note)
		return ExitOK
	}
	pkgs, err := r.load(patterns)
	if err != nil {
		return r.fail(err)
	}
	graph, err := checker.Analyze(r.d.Analyzers, pkgs, nil)
	if err != nil {
		return r.fail(err)
	}
	code := ExitOK
	if r.reportActionErrors(graph) {
		code = ExitError
		r.runErrors = append(r.runErrors, "some analyses failed; see the errors on standard error")
	}
	res := r.collect(pkgs, graph)
	if r.opts.writeBaseline != "" {
		if code != ExitOK {
			r.errorf("%s not written: the analysis did not complete", r.opts.writeBaseline)
			return code
		}
		return r.writeBaseline(res)
	}
	var stale []string
	if bl != nil {
		stale = bl.apply(res)
	}
	code = max(code, r.report(res))
	if code != ExitError && !r.reran {
		// (After -fix, the run over the fixed files names them.)
		r.reportStale(bl, stale)
	}
	if res.note != "" {
		r.errorf("%s", res.note)
	}
	return code
}

// report prints or fixes the findings of res and returns the exit code.
func (r *runner) report(res *results) int {
	o := r.opts
	if o.fix || o.diff {
		return r.fix(res)
	}
	var err error
	switch {
	case o.json:
		err = writeJSON(r.stdout, res)
	case o.sarif:
		// The findings in text on stderr too, so that a CI job log
		// shows why it failed.
		if err = r.writeText(r.stderr, res.fset, res.findings); err == nil {
			err = r.writeSARIF(r.stdout, res)
		}
	default:
		err = r.writeText(r.stderr, res.fset, res.findings)
	}
	if err != nil {
		return r.fail(err)
	}
	if len(res.findings) > 0 {
		return ExitFindings
	}
	return ExitOK
}
