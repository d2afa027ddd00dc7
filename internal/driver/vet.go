package driver

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// IsVetInvocation reports whether args (without the program name) are
// those of the go vet tool protocol rather than of a user: go vet runs its
// -vettool with -flags (to learn the tool's flags), with -V=full (for its
// cache key; [Driver.Run] answers that one itself), and with the user's
// flags followed by the vet.cfg file of one package. A last argument is
// taken for a vet.cfg file only when it is one: a JSON file naming the
// package and the compiler, so that "registrylint -config x.cfg" is a user
// who forgot the packages, not go vet.
func IsVetInvocation(args []string) bool {
	for _, arg := range args {
		switch strings.TrimPrefix(arg, "-") {
		case "-flags", "flags", "-flags=true", "flags=true":
			return true
		}
	}
	return len(args) > 0 && isVetConfig(args[len(args)-1])
}

// isVetConfig reports whether name is a vet.cfg file that the go command
// wrote for a -vettool (cmd/go/internal/work.vetConfig).
func isVetConfig(name string) bool {
	if !strings.HasSuffix(name, ".cfg") {
		return false
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return false
	}
	var cfg struct {
		ImportPath string
		Compiler   string
	}
	return json.Unmarshal(data, &cfg) == nil && cfg.ImportPath != "" && cfg.Compiler != ""
}

// vetMain hands over to the go/analysis driver that implements the go vet
// protocol (unitchecker, through singlechecker or multichecker, which
// parse the flags and dispatch a *.cfg argument to unitchecker.Run). It
// does not return.
//
// singlechecker, unlike unitchecker.Main, registers the flags of its one
// analyzer unprefixed, so that "go vet -vettool=TOOL -config=FILE"
// reaches the analyzer's -config flag, as it does in [Driver.Run].
//
// Before the analysis of a package, it runs [Driver.Setup] with the
// analyzers' flags set from the arguments, since unitchecker would only
// report the failure of the analyzers ("failed prerequisites"), or
// nothing at all for a dependency.
func (d *Driver) vetMain() {
	args := os.Args[1:]
	if d.Setup != nil && len(args) > 0 && isVetConfig(args[len(args)-1]) {
		values := d.setAnalyzerFlags(args[:len(args)-1])
		if err := d.Setup(); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", d.Name, err)
			if slices.ContainsFunc(values, isMissingRelativeFile) {
				fmt.Fprintf(os.Stderr, "%s: go vet runs %s in the directory of each package: give file flags absolute paths\n", d.Name, d.Name)
			}
			os.Exit(1)
		}
	}
	if len(d.Analyzers) == 1 {
		singlechecker.Main(d.Analyzers[0])
	} else {
		multichecker.Main(d.Analyzers...)
	}
}

// setAnalyzerFlags sets the analyzers' flags that appear in args, as
// -name=value, -name value or -name for a boolean flag, and skips the
// other arguments: singlechecker parses them all again. It returns the
// values it set.
func (d *Driver) setAnalyzerFlags(args []string) (values []string) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(arg[1:], "-"), "=")
		f := d.analyzerFlag(name)
		if f == nil {
			continue
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				value = "true"
			} else if i+1 < len(args) {
				i++
				value = args[i]
			}
		}
		_ = f.Value.Set(value) // a bad value is reported by singlechecker
		values = append(values, value)
	}
	return values
}

// isMissingRelativeFile reports whether s looks like a relative file name
// that does not exist in the current directory.
func isMissingRelativeFile(s string) bool {
	if s == "" || filepath.IsAbs(s) || !strings.ContainsAny(s, "./") {
		return false
	}
	_, err := os.Stat(s)
	return err != nil
}

// analyzerFlag returns the analyzer flag called name on the command line:
// "flag" for a single analyzer, "analyzer.flag" for several.
func (d *Driver) analyzerFlag(name string) *flag.Flag {
	if len(d.Analyzers) == 1 {
		return d.Analyzers[0].Flags.Lookup(name)
	}
	for _, a := range d.Analyzers {
		if rest, ok := strings.CutPrefix(name, a.Name+"."); ok {
			return a.Flags.Lookup(rest)
		}
	}
	return nil
}
