// Package driver is an analysis driver for commands built on go/analysis
// that need more than singlechecker offers: a whole-program check after
// every package has been analyzed, diagnostic URLs in JSON, SARIF output,
// and exit codes that do not depend on the output format.
//
// It loads packages with package internal/load, one go list through
// [golang.org/x/tools/go/packages] (test variants per -test), which
// type-checks from source the packages named and those that may carry
// facts ([Driver.FactSources]) and reads every other package's export
// data, as a fact-free driver does (-load=source: every package from
// source), runs the analyzers with
// [golang.org/x/tools/go/analysis/checker], runs the optional
// [Program] check over the per-package results, and prints or fixes the
// diagnostics. When the command is run by "go vet -vettool", [Driver.Main]
// hands over to [golang.org/x/tools/go/analysis/singlechecker], which
// implements the go vet protocol.
//
// # Command line
//
//	NAME [flags] PACKAGES
//
// The flags are those of go/analysis drivers, plus -sarif, -tags and -load:
//
//	-fix        apply the first suggested fix of every diagnostic
//	-diff       print the fixes as a unified diff instead of applying them
//	-json       print diagnostics in the go/analysis JSON shape, plus "url"
//	-sarif      print diagnostics as SARIF 2.1.0
//	-c N        print N lines of context around each diagnostic
//	-test       load test files too (default true)
//	-tags LIST  build tags, passed to the go command
//	-load MODE  auto (the default) or source
//	-baseline FILE        report only the diagnostics FILE does not record
//	-write-baseline FILE  record the diagnostics in FILE, print none, exit 0
//	-V=full     print the version line that go vet expects and exit
//	-help       print the documentation and the flags and exit
//
// With one analyzer its own flags (registrylint's -config FILE and
// -include-tests) are accepted as is; with several they are prefixed by the
// analyzer name, as in multichecker.
//
// # Output
//
// Text diagnostics go to standard error, as with go vet and singlechecker,
// one per line as
//
//	path:line:col: message (category)
//
// where path is relative to the working directory when that is shorter.
// -json, -sarif and -diff write to standard output, which then holds
// nothing else; errors and warnings always go to standard error. A
// diagnostic reported twice, because a package is loaded both plain and as
// its test variant, is printed once. Diagnostics are sorted by file, line,
// column and category.
//
// # Fixes
//
// -fix applies the first suggested fix of each diagnostic. Identical edits
// from several fixes are made once; insertions at the same offset are made
// in diagnostic order; a fix with an edit that overlaps an edit of an
// earlier fix is skipped as a whole, with a warning, and its diagnostic is
// printed as remaining. Changed files are gofmt-formatted and written; a
// file that would not format is left alone. Diagnostics without an
// applied fix are printed. -diff prints the same changes as a unified diff
// on standard output, writes nothing, and prints the diagnostics it cannot
// fix on standard error.
//
// # Baseline
//
// -write-baseline FILE records the diagnostics in FILE, one entry per line,
// sorted: the file relative to the main module's directory, the category,
// and the message with the line numbers of the positions it embeds
// removed ("x.go:12" becomes "x.go", "(line 36)" goes), with a count when
// there are several; edits that shift lines keep an entry. -baseline FILE
// drops the diagnostics that FILE records before they are printed, fixed
// or counted for the exit status; when a file has more diagnostics of one
// entry than it counts, all of them are reported. Entries that no longer
// occur are named in one line on standard error and do not fail the run.
// A malformed FILE is an error (exit 2), naming FILE:LINE.
//
// # Exit status
//
// Whatever the output format:
//
//	0  no diagnostics
//	1  diagnostics (after -fix: diagnostics left without an applied fix;
//	   with -diff, which changes nothing: any diagnostic; with -baseline:
//	   diagnostics it does not record)
//	2  could not run: bad flag, failed setup (such as a bad configuration
//	   file), a baseline that cannot be read or parsed, packages that do
//	   not load or type-check, an analyzer error, a file that could not
//	   be written
//
// The reason for exit status 2 is printed on standard error.
package driver
