package driver

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"

	"github.com/registrylint/registrylint/internal/newline"
)

// formatEdited returns edited (old with edits applied) with only the
// top-level declarations that the edits touch formatted by gofmt, as gopls
// formats an edited region: the rest of the file and a byte-order mark
// stay as they were, byte for byte, and what gofmt writes (which ends
// every line with "\n") takes the line ending that the fixes write, that
// of old's first line (see package newline). It fails when edited is not
// valid Go.
func formatEdited(old, edited []byte, edits []offsetEdit) ([]byte, error) {
	nl := newline.Of(old)
	formatted, err := format.Source(edited)
	if err != nil {
		return nil, err
	}
	ending := func(b []byte) []byte {
		if nl == "\n" {
			return b
		}
		return bytes.ReplaceAll(b, []byte("\n"), []byte(nl))
	}
	fset := token.NewFileSet()
	mode := parser.ParseComments | parser.SkipObjectResolution
	oldFile, err1 := parser.ParseFile(fset, "old.go", old, mode)
	srcFile, err2 := parser.ParseFile(fset, "src.go", edited, mode)
	fmtFile, err3 := parser.ParseFile(fset, "fmt.go", formatted, mode)
	if err1 != nil || err2 != nil || err3 != nil || len(oldFile.Decls) != len(srcFile.Decls) || len(srcFile.Decls) != len(fmtFile.Decls) {
		return ending(formatted), nil // the declarations changed: format the file
	}
	// The declarations that an edit touches, by index.
	touched := make(map[int]bool)
	for _, e := range edits {
		i := declAt(fset, oldFile, e.start, e.end)
		if i < 0 {
			return ending(formatted), nil // an edit between declarations
		}
		touched[i] = true
	}
	var out bytes.Buffer
	last := 0
	for i, d := range srcFile.Decls {
		if !touched[i] {
			continue
		}
		start, end := span(fset, d)
		fstart, fend := span(fset, fmtFile.Decls[i])
		out.Write(edited[last:start])
		out.Write(ending(formatted[fstart:fend]))
		last = end
	}
	out.Write(edited[last:])
	return out.Bytes(), nil
}

// declAt returns the index of the top-level declaration of file that
// holds the byte range [start, end), or -1.
func declAt(fset *token.FileSet, file *ast.File, start, end int) int {
	for i, d := range file.Decls {
		ds, de := span(fset, d)
		if ds <= start && end <= de {
			return i
		}
	}
	return -1
}

// span returns the byte offsets of a declaration in its file.
func span(fset *token.FileSet, d ast.Decl) (start, end int) {
	tf := fset.File(d.Pos())
	return tf.Offset(d.Pos()), tf.Offset(d.End())
}
