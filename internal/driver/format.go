package driver

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
)

// formatEdited returns edited (old with edits applied) with only the
// top-level declarations that the edits touch formatted by gofmt, as gopls
// formats an edited region: the rest of the file, a byte-order mark and
// the file's line endings stay as they were. It fails when edited is not
// valid Go.
func formatEdited(old, edited []byte, edits []offsetEdit) ([]byte, error) {
	crlf := bytes.Contains(old, []byte("\r\n"))
	src := edited
	if crlf {
		src = bytes.ReplaceAll(edited, []byte("\r\n"), []byte("\n"))
	}
	formatted, err := format.Source(src)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	mode := parser.ParseComments | parser.SkipObjectResolution
	oldFile, err1 := parser.ParseFile(fset, "old.go", old, mode)
	srcFile, err2 := parser.ParseFile(fset, "src.go", src, mode)
	fmtFile, err3 := parser.ParseFile(fset, "fmt.go", formatted, mode)
	whole := func() []byte {
		if crlf {
			return bytes.ReplaceAll(formatted, []byte("\n"), []byte("\r\n"))
		}
		return formatted
	}
	if err1 != nil || err2 != nil || err3 != nil || len(oldFile.Decls) != len(srcFile.Decls) || len(srcFile.Decls) != len(fmtFile.Decls) {
		return whole(), nil // the declarations changed: format the file
	}
	// The declarations that an edit touches, by index.
	touched := make(map[int]bool)
	for _, e := range edits {
		i := declAt(fset, oldFile, e.start, e.end)
		if i < 0 {
			return whole(), nil // an edit between declarations
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
		out.Write(src[last:start])
		out.Write(formatted[fstart:fend])
		last = end
	}
	out.Write(src[last:])
	result := out.Bytes()
	if crlf {
		result = bytes.ReplaceAll(result, []byte("\n"), []byte("\r\n"))
	}
	return result, nil
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
