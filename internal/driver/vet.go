package driver

import (
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// IsVetInvocation reports whether args (without the program name) are
// those of the go vet tool protocol rather than of a user: go vet runs its
// -vettool with -flags (to learn the tool's flags), with -V=full (for its
// cache key; [Driver.Run] answers that one itself), and with the user's
// flags followed by the vet.cfg file of one package.
func IsVetInvocation(args []string) bool {
	for _, arg := range args {
		switch strings.TrimPrefix(arg, "-") {
		case "-flags", "flags", "-flags=true", "flags=true":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetMain hands over to the go/analysis driver that implements the go vet
// protocol (unitchecker, through singlechecker or multichecker, which
// parse the flags and dispatch a *.cfg argument to unitchecker.Run). It
// does not return.
//
// singlechecker, unlike unitchecker.Main, registers the flags of its one
// analyzer unprefixed, so that "go vet -vettool=TOOL -config=FILE"
// reaches the analyzer's -config flag, as it does in [Driver.Run].
func (d *Driver) vetMain() {
	if len(d.Analyzers) == 1 {
		singlechecker.Main(d.Analyzers[0])
	} else {
		multichecker.Main(d.Analyzers...)
	}
}
