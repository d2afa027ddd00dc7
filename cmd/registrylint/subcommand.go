package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/escape"
)

// failer returns the error printer of a subcommand: each line of the
// message prefixed by name and escaped (messages carry names from the
// code and the configuration), and exit code 2.
func failer(stderr io.Writer, name string) func(format string, args ...any) int {
	return func(format string, args ...any) int {
		for _, line := range strings.Split(fmt.Sprintf(format, args...), "\n") {
			fmt.Fprintf(stderr, "%s: %s\n", name, escape.Line(line))
		}
		return driver.ExitError
	}
}

// parseSubcommand parses a subcommand's flags. done is set when the run
// is over: -help printed the usage and the flags (exit 0), or a bad flag
// printed the usage and the error (exit 2).
func parseSubcommand(fs *flag.FlagSet, usage string, args []string, stdout, stderr io.Writer) (code int, done bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return driver.ExitOK, true
	}
	fmt.Fprintln(stderr, usage)
	return failer(stderr, fs.Name())("%v", err), true
}
