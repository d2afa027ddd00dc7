package model

import (
	"go/token"
	"testing"
)

// TestPosBefore: source order is file name, then offset, whatever order
// the files were added to the FileSet in (drivers parse in parallel).
func TestPosBefore(t *testing.T) {
	fset := token.NewFileSet()
	b := fset.AddFile("pkg/b.go", -1, 100)
	a := fset.AddFile("pkg/a.go", -1, 100) // added later: a larger base
	aPos, bPos := a.Pos(50), b.Pos(10)
	if aPos < bPos {
		t.Fatal("the test needs a.go's positions above b.go's")
	}
	if !PosBefore(fset, aPos, bPos) || PosBefore(fset, bPos, aPos) {
		t.Errorf("a.go:50 should come before b.go:10")
	}
	if !PosBefore(fset, b.Pos(10), b.Pos(20)) {
		t.Errorf("offsets in one file: 10 before 20")
	}
}
