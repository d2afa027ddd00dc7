package driver

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// A Program is a whole-program check: it runs once, after every package
// has been analyzed, over the results of one root analyzer on every
// loaded package. Its diagnostics are reported, fixed and counted like
// those of the analyzers; in -json output they are listed under the
// package that holds their file and under the analyzer's name.
type Program struct {
	// Analyzer is the root analyzer whose results Check reads. It must be
	// one of [Driver.Analyzers].
	Analyzer *analysis.Analyzer

	// Check receives the non-nil results of Analyzer on every loaded
	// package (test variants included), ordered by package ID, and returns
	// diagnostics whose positions are in the FileSet the packages were
	// loaded with.
	Check func(results []any) []analysis.Diagnostic

	// Note, if non-nil, receives the same results; a non-empty answer is
	// printed as one line on standard error after the run (for example:
	// that nothing was checked). go vet does not run it.
	Note func(results []any) string
}

// ProgramCheck returns a [Program] that passes the results of a, which are
// of type T (a's ResultType), to check.
func ProgramCheck[T any](a *analysis.Analyzer, check func([]T) []analysis.Diagnostic) *Program {
	return &Program{
		Analyzer: a,
		Check: func(results []any) []analysis.Diagnostic {
			ts := make([]T, 0, len(results))
			for _, r := range results {
				if t, ok := r.(T); ok && !isNil(t) {
					ts = append(ts, t)
				}
			}
			return check(ts)
		},
	}
}

// isNil reports whether v is nil or a nil pointer, map, slice, func,
// channel or interface.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}
