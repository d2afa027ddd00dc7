package analyzer_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/registrylint/registrylint/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata returns the absolute path of the repository's top-level
// testdata directory (analysistest.TestData is relative to this package).
func testdata(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBasic(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.New(nil), "basic/...")
}
