package edit

import (
	"bytes"
	"go/ast"
	"go/token"

	"github.com/registrylint/registrylint/internal/model"
	"github.com/registrylint/registrylint/internal/newline"
	"golang.org/x/tools/go/analysis"
)

// FileOf returns the syntax file that contains pos.
func (m *Model) FileOf(pos token.Pos) *ast.File {
	for _, f := range m.Pass().Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// LineBounds returns the offsets of the start of the line of offset off,
// and of its end (the offset of its line ending: "\n" or "\r\n", or
// len(src)).
func LineBounds(src []byte, off int) (start, end int) {
	start = bytes.LastIndexByte(src[:off], '\n') + 1
	end = len(src)
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		end = off + i
		if end > 0 && src[end-1] == '\r' {
			end--
		}
	}
	return start, end
}

// OnlyComment reports whether text is white space, optionally followed by
// a // comment.
func OnlyComment(text []byte) bool {
	t := bytes.TrimSpace(text)
	return len(t) == 0 || bytes.HasPrefix(t, []byte("//"))
}

// InsertAfter returns the edit that inserts text (a statement or a literal
// element) after registration place.
func (m *Model) InsertAfter(src []byte, place *model.Registration, text string) analysis.TextEdit {
	tf := m.Pass().Fset.File(place.Expr.Pos())
	nl := newline.Of(src)
	if place.Call != nil {
		stmt := place.Call.Stmt
		end := tf.Offset(stmt.End())
		lineStart, lineEnd := LineBounds(src, end)
		startOff := tf.Offset(stmt.Pos())
		if OnlyComment(src[end:lineEnd]) && startOff >= lineStart && len(bytes.TrimSpace(src[lineStart:startOff])) == 0 {
			// On a line of its own: a new line after it, below any
			// comment that ends the line, with the same indentation.
			indent := string(src[lineStart:startOff])
			at := tf.Pos(lineEnd)
			return analysis.TextEdit{Pos: at, End: at, NewText: []byte(nl + indent + text)}
		}
		// Other code on its line (a one-line closure): right after it.
		return analysis.TextEdit{Pos: stmt.End(), End: stmt.End(), NewText: []byte("; " + text)}
	}
	lit := place.List.Lit
	last := lit.Elts[len(lit.Elts)-1]
	lastEnd := tf.Offset(last.End())
	rbrace := tf.Offset(lit.Rbrace)
	if tf.Line(last.End()) == tf.Line(lit.Rbrace) {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + text)}
	}
	// One element per line: a new line before the closing brace, indented
	// like the last element; comments after it stay where they are.
	lastStart, _ := LineBounds(src, tf.Offset(last.Pos()))
	indent := string(src[lastStart:tf.Offset(last.Pos())])
	if len(bytes.TrimSpace([]byte(indent))) != 0 {
		indent = "\t"
	}
	comma := ""
	if !bytes.Contains(src[lastEnd:rbrace], []byte(",")) {
		comma = "," // the last element of a multi-line literal has one; be safe
	}
	rbStart, _ := LineBounds(src, rbrace)
	if len(bytes.TrimSpace(src[rbStart:rbrace])) != 0 {
		// Something precedes the brace on its line.
		return analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(comma + nl + indent + text + "," + nl)}
	}
	if comma != "" {
		// Cannot happen in gofmt-clean code; keep the edit local anyway.
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("," + nl + indent + text + ",")}
	}
	at := tf.Pos(rbStart)
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte(indent + text + "," + nl)}
}
