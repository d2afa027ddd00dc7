package model_test

import (
	"path/filepath"
	"testing"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFacts checks, through analysistest's fact expectations, the facts
// that the model analyzer exports for importers (go vet and nogo hand
// them between processes): a registry and its register function, adapters
// with their names, what constructors return (their concrete type when
// they return the interface) and what an init function registers. The
// model reports no diagnostics; an unexpected fact fails the test.
func TestFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, model.NewAnalyzer(new(config.Resolver)), "facts/...")
}
