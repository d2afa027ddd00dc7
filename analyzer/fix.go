package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// fileOf returns the syntax file that contains pos.
func (m *Model) fileOf(pos token.Pos) *ast.File {
	for _, f := range m.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// indentOf returns the tabs that indent the line of pos (gofmt indents with
// tabs, so column-1 tabs).
func (m *Model) indentOf(pos token.Pos) string {
	return strings.Repeat("\t", max(m.pass.Fset.Position(pos).Column-1, 0))
}

// unregisteredFix inserts a registration of adapter a into init function in,
// after the last registration of r there, in the same form, and imports
// the adapter's package when the file does not.
func unregisteredFix(m *Model, in *InitFunc, r *Registry, a *visibleAdapter) []analysis.SuggestedFix {
	file := m.fileOf(in.Decl.Pos())
	if file == nil {
		return nil
	}
	var edits []analysis.TextEdit
	qual := ""
	if a.Pkg != m.pass.Pkg {
		name, imported := importName(file, a.Pkg.Path())
		if !imported {
			edits = append(edits, addImport(m, file, a.Pkg.Path()))
		}
		qual = name
	}
	last, text, ok := newRegistration(m, in, r, a, qual)
	if !ok {
		return nil
	}
	var at token.Pos
	if last.Call != nil {
		stmt := last.Call.Stmt
		at = stmt.End()
		text = "\n" + m.indentOf(stmt.Pos()) + text
	} else {
		lit := last.List.Lit
		lastElt := lit.Elts[len(lit.Elts)-1]
		at = lit.Rbrace
		if m.pass.Fset.Position(lastElt.End()).Line == m.pass.Fset.Position(lit.Rbrace).Line {
			text = ", " + text
		} else {
			text = "\t" + text + ",\n" + m.indentOf(lit.Rbrace)
		}
	}
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)})
	_, name, _ := splitPkgName(a.Info.Type)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %s in %s", name, in.Decl.Name.Name),
		TextEdits: edits,
	}}
}

// addImport returns an edit that imports path into file.
func addImport(m *Model, file *ast.File, path string) analysis.TextEdit {
	return addImportEdit(file, strconv.Quote(path))
}

// addImportEdit returns an edit that adds an import spec ("path" or
// _ "path") to file.
func addImportEdit(file *ast.File, quoted string) analysis.TextEdit {
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + quoted + "\n")}
		}
		return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + quoted)}
	}
	return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + quoted)}
}

// deleteRegistrationFix deletes a registration: its statement, or its
// element of a literal with the comma after it.
func deleteRegistrationFix(m *Model, reg *Registration) []analysis.SuggestedFix {
	var pos, end token.Pos
	switch {
	case reg.Call != nil && reg.Call.Stmt != nil:
		// The whole line, so that no blank line is left behind.
		pos, end = lineStart(m, reg.Call.Stmt.Pos()), lineEnd(m, reg.Call.Stmt.End())
	case reg.List != nil:
		elts := reg.List.Lit.Elts
		for i, e := range elts {
			if e != reg.Elt {
				continue
			}
			line := func(p token.Pos) int { return m.pass.Fset.Position(p).Line }
			switch {
			case i > 0 && line(elts[i-1].End()) < line(e.Pos()) && line(e.End()) < line(reg.List.Lit.Rbrace) && (i+1 == len(elts) || line(e.End()) < line(elts[i+1].Pos())):
				// Alone on its lines: delete them, trailing comment too.
				pos, end = lineStart(m, e.Pos()), lineEnd(m, e.End())
			case i+1 < len(elts):
				pos, end = e.Pos(), elts[i+1].Pos()
			case i > 0:
				pos, end = elts[i-1].End(), e.End()
			default:
				return nil
			}
		}
	default:
		return nil
	}
	if !pos.IsValid() {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Delete the duplicate registration",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: end}},
	}}
}

// lineStart returns the position of the first byte of pos's line.
func lineStart(m *Model, pos token.Pos) token.Pos {
	f := m.pass.Fset.File(pos)
	return f.LineStart(f.Line(pos))
}

// lineEnd returns the position just after the newline that ends pos's
// line (or pos itself on the last line).
func lineEnd(m *Model, pos token.Pos) token.Pos {
	f := m.pass.Fset.File(pos)
	line := f.Line(pos)
	if line < f.LineCount() {
		return f.LineStart(line + 1)
	}
	return pos
}
