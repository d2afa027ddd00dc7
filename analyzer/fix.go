package analyzer

import (
	"bytes"
	"fmt"
	"github.com/registrylint/registrylint/internal/config"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The suggested fixes edit only the bytes they must (SPEC §4): an
// inserted registration goes after the last registration that is a plain
// statement of the block holding the registrations, never into a loop or
// a condition; a deleted one takes its own separators and comments and
// nothing else of its line; comments stay on their lines; new lines use
// the file's line endings. Drivers may format the edited region.

// fileOf returns the syntax file that contains pos.
func (m *Model) fileOf(pos token.Pos) *ast.File {
	for _, f := range m.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// source returns the content of the file that holds pos, or nil.
func (m *Model) source(pos token.Pos) []byte {
	tf := m.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	if m.sources == nil {
		m.sources = sourceReader(m.pass.ReadFile)
	}
	src := m.sources(tf.Name())
	if len(src) != tf.Size() {
		return nil // changed since it was parsed
	}
	return src
}

// newline returns the line ending of src: "\r\n" when its lines end so.
func newline(src []byte) string {
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// lineBounds returns the offsets of the start of the line of offset off,
// and of its end (the offset of its line ending: "\n" or "\r\n", or
// len(src)).
func lineBounds(src []byte, off int) (start, end int) {
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

// onlyComment reports whether text is white space, optionally followed by
// a // comment.
func onlyComment(text []byte) bool {
	t := bytes.TrimSpace(text)
	return len(t) == 0 || bytes.HasPrefix(t, []byte("//"))
}

// unregisteredFix inserts a registration of adapter a into init function in,
// after its last plain registration of r, in the same form, and imports
// the adapter's package when the file does not (or only blank-imports it).
func unregisteredFix(m *Model, in *InitFunc, r *Registry, a *visibleAdapter) []analysis.SuggestedFix {
	file := m.fileOf(in.Decl.Pos())
	src := m.source(in.Decl.Pos())
	if file == nil || src == nil {
		return nil
	}
	var edits []analysis.TextEdit
	qual := ""
	if a.Pkg != m.pass.Pkg {
		edit, name, ok := m.importFor(file, src, a.Pkg.Path())
		if !ok {
			return nil
		}
		if edit != nil {
			edits = append(edits, *edit)
		}
		qual = name
	}
	_, place, text, ok := newRegistration(m, in, r, a, qual)
	if !ok {
		return nil
	}
	edits = append(edits, m.insertAfter(src, place, text))
	_, name, _ := config.SplitPkgName(a.Info.Type)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %s in %s", name, in.Decl.Name.Name),
		TextEdits: edits,
	}}
}

// insertAfter returns the edit that inserts text (a statement or a literal
// element) after registration place.
func (m *Model) insertAfter(src []byte, place *Registration, text string) analysis.TextEdit {
	tf := m.pass.Fset.File(place.Expr.Pos())
	nl := newline(src)
	if place.Call != nil {
		stmt := place.Call.Stmt
		end := tf.Offset(stmt.End())
		lineStart, lineEnd := lineBounds(src, end)
		startOff := tf.Offset(stmt.Pos())
		if onlyComment(src[end:lineEnd]) && startOff >= lineStart && len(bytes.TrimSpace(src[lineStart:startOff])) == 0 {
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
	lastStart, _ := lineBounds(src, tf.Offset(last.Pos()))
	indent := string(src[lastStart:tf.Offset(last.Pos())])
	if len(bytes.TrimSpace([]byte(indent))) != 0 {
		indent = "\t"
	}
	comma := ""
	if !bytes.Contains(src[lastEnd:rbrace], []byte(",")) {
		comma = "," // the last element of a multi-line literal has one; be safe
	}
	rbStart, _ := lineBounds(src, rbrace)
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

// importFor returns the edit that makes file import path under a usable
// name, and that name ("" for the package's own name); edit is nil when
// the file imports it already. A blank import is turned into a plain one
// rather than a second import added; a dot import cannot be used (ok is
// false).
func (m *Model) importFor(file *ast.File, src []byte, path string) (edit *analysis.TextEdit, name string, ok bool) {
	var blank *ast.ImportSpec
	for _, spec := range file.Imports {
		if importPath(spec) != path {
			continue
		}
		switch {
		case spec.Name == nil:
			return nil, "", true
		case spec.Name.Name == "_":
			blank = spec
		case spec.Name.Name == ".":
			return nil, "", false
		default:
			return nil, spec.Name.Name, true
		}
	}
	if blank != nil {
		// import _ "p" becomes import "p": the package is used now.
		return &analysis.TextEdit{Pos: blank.Name.Pos(), End: blank.Path.Pos()}, "", true
	}
	e := m.addImportEdit(file, src, strconv.Quote(path))
	return &e, "", true
}

// importPath returns the unquoted path of an import spec.
func importPath(spec *ast.ImportSpec) string {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return p
}

// addImportEdit returns an edit that adds an import spec ("path" or
// _ "path") to file where goimports would: in the parenthesized import
// group whose paths share the longest prefix with it (standard-library
// paths with standard-library paths), after that group's best match;
// else in a new import declaration.
func (m *Model) addImportEdit(file *ast.File, src []byte, spec string) analysis.TextEdit {
	return addImportEditSrc(m.pass.Fset, file, src, spec)
}

// addImportEditSrc is addImportEdit for a file set and source (nil when
// the source is unknown: then the file is taken to end lines with "\n").
func addImportEditSrc(fset *token.FileSet, file *ast.File, src []byte, spec string) analysis.TextEdit {
	quoted := spec[strings.IndexByte(spec, '"'):]
	path, _ := strconv.Unquote(quoted)
	nl := newline(src)
	var best *ast.ImportSpec
	bestScore := -1
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT || !gd.Lparen.IsValid() {
			continue
		}
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			// The best match, the last of equals; one with a comment of
			// its own only when nothing else matches as well.
			score := 2 * importMatch(path, importPath(is))
			if is.Doc == nil && is.Comment == nil {
				score++
			}
			if score >= bestScore {
				best, bestScore = is, score
			}
		}
	}
	if best != nil {
		// After the best match, on a line of its own, indented like it.
		tf := fset.File(best.Pos())
		indent := "\t"
		at := best.End()
		if src != nil && tf != nil {
			off := tf.Offset(best.Pos())
			start, end := lineBounds(src, off)
			indent = string(src[start:off])
			if strings.TrimSpace(indent) != "" {
				indent = "\t"
			}
			if onlyComment(src[tf.Offset(best.End()):end]) {
				at = tf.Pos(end) // below a comment that ends its line
			}
		}
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte(nl + indent + spec + importComment(best, path))}
	}
	for _, decl := range file.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte(nl + "import " + spec)}
		}
	}
	return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte(nl + nl + "import " + spec)}
}

// importComment returns the trailing comment that a new import of path
// gets, imitating its neighbour's: Prometheus' discovery/install has
// `_ ".../discovery/aws" // register aws` on every line, so a restored
// line gets `// register consul`, and gofmt aligns the block as it was.
// "" when the neighbour's comment does not name its own last path
// element.
func importComment(neighbour *ast.ImportSpec, path string) string {
	if neighbour.Comment == nil || len(neighbour.Comment.List) != 1 {
		return ""
	}
	text := neighbour.Comment.List[0].Text
	own := pathBase(importPath(neighbour))
	if !strings.HasPrefix(text, "//") || own == "" || strings.Count(text, own) != 1 {
		return ""
	}
	return " " + strings.Replace(text, own, pathBase(path), 1)
}

// importMatch scores how well existing import path q suits as the
// neighbour of new path p: the number of leading path elements they
// share, and -1 for a standard-library path beside a non-standard one (or
// the reverse), which goimports keeps in separate groups.
func importMatch(p, q string) int {
	if isStd(p) != isStd(q) {
		return -1
	}
	pe, qe := strings.Split(p, "/"), strings.Split(q, "/")
	n := 0
	for n < len(pe) && n < len(qe) && pe[n] == qe[n] {
		n++
	}
	return n
}

// isStd reports whether an import path is of the standard library (no
// dot in its first element).
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// deleteRegistrationFix deletes a registration: exactly its statement or
// its element of a literal, with its own separators and comments, never
// other code on its lines.
func deleteRegistrationFix(m *Model, reg *Registration) []analysis.SuggestedFix {
	src := m.source(reg.Expr.Pos())
	if src == nil {
		return nil
	}
	var pos, end token.Pos
	switch {
	case reg.Call != nil && reg.Call.Stmt != nil:
		pos, end = m.deleteStmtRange(src, reg.Call.Stmt, reg.Call.siblings)
	case reg.List != nil:
		pos, end = m.deleteEltRange(src, reg.List.Lit, reg.Elt)
	}
	if !pos.IsValid() {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Delete the duplicate registration",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: end}},
	}}
}

// deleteStmtRange returns what to delete to remove statement stmt: its
// whole lines when it is alone on them (a trailing comment is its own),
// else the statement and the separator between it and its neighbour
// among siblings, the statements of the block that holds it.
func (m *Model) deleteStmtRange(src []byte, stmt ast.Stmt, siblings []ast.Stmt) (pos, end token.Pos) {
	tf := m.pass.Fset.File(stmt.Pos())
	startOff, endOff := tf.Offset(stmt.Pos()), tf.Offset(stmt.End())
	lineStart, _ := lineBounds(src, startOff)
	_, lineEnd := lineBounds(src, endOff)
	if len(bytes.TrimSpace(src[lineStart:startOff])) == 0 && onlyComment(src[endOff:lineEnd]) {
		next := lineEnd
		if next < len(src) {
			next += len(newline(src[lineEnd:])) // the line ending too
		}
		return tf.Pos(lineStart), tf.Pos(min(next, len(src)))
	}
	for i, s := range siblings {
		if s != stmt {
			continue
		}
		if i+1 < len(siblings) && tf.Line(siblings[i+1].Pos()) == tf.Line(stmt.End()) {
			return stmt.Pos(), siblings[i+1].Pos() // "A; B" -> "B"
		}
		if i > 0 && tf.Line(siblings[i-1].End()) == tf.Line(stmt.Pos()) {
			return siblings[i-1].End(), stmt.End() // "B; A" -> "B"
		}
	}
	return stmt.Pos(), stmt.End()
}

// deleteEltRange returns what to delete to remove element elt of lit: its
// whole lines when it is alone on them, else the element and the comma
// that separates it from its neighbour.
func (m *Model) deleteEltRange(src []byte, lit *ast.CompositeLit, elt ast.Expr) (pos, end token.Pos) {
	tf := m.pass.Fset.File(elt.Pos())
	elts := lit.Elts
	for i, e := range elts {
		if e != elt {
			continue
		}
		startOff := tf.Offset(e.Pos())
		lineStart, _ := lineBounds(src, startOff)
		endOff := tf.Offset(e.End())
		// The comma after the element, if any.
		afterOff := endOff
		if j := bytes.IndexByte(src[endOff:], ','); j >= 0 && len(bytes.TrimSpace(src[endOff:endOff+j])) == 0 {
			afterOff = endOff + j + 1
		}
		_, lineEnd := lineBounds(src, afterOff)
		if len(bytes.TrimSpace(src[lineStart:startOff])) == 0 && onlyComment(src[afterOff:lineEnd]) {
			next := lineEnd
			if next < len(src) {
				next += len(newline(src[lineEnd:]))
			}
			return tf.Pos(lineStart), tf.Pos(min(next, len(src)))
		}
		switch {
		case i+1 < len(elts):
			return e.Pos(), elts[i+1].Pos()
		case i > 0:
			return elts[i-1].End(), e.End()
		}
		return token.NoPos, token.NoPos
	}
	return token.NoPos, token.NoPos
}
