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
	var last *Registration
	for _, reg := range in.Registrations {
		if reg.Registry == r && (reg.Call == nil || reg.Call.Stmt != nil) {
			last = reg
		}
	}
	if last == nil {
		return nil
	}
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
	var text string
	var at token.Pos
	if last.Call != nil {
		stmt := last.Call.Stmt
		at = stmt.End()
		text = "\n" + m.indentOf(stmt.Pos()) + shortSource(m, last.Call.Call.Fun) + "(" + constructorExpr(m, a, last.Call.Factory, qual) + ")"
	} else {
		lit := last.List.Lit
		entry := constructorExpr(m, a, last.List.Factory, qual)
		if _, keyed := last.Elt.(*ast.KeyValueExpr); keyed {
			if !a.Info.NameKnown {
				return nil
			}
			entry = strconv.Quote(a.Info.Name) + ": " + entry
		}
		lastElt := lit.Elts[len(lit.Elts)-1]
		at = lit.Rbrace
		if m.pass.Fset.Position(lastElt.End()).Line == m.pass.Fset.Position(lit.Rbrace).Line {
			text = ", " + entry
		} else {
			text = "\t" + entry + ",\n" + m.indentOf(lit.Rbrace)
		}
	}
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)})
	_, name, _ := splitPkgName(a.Info.Type)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %s in %s", name, in.Decl.Name.Name),
		TextEdits: edits,
	}}
}

// shortSource returns the source text of an expression.
func shortSource(m *Model, e ast.Expr) string {
	return shortExpr(m.pass.Fset, e)
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
			if i+1 < len(elts) {
				pos, end = e.Pos(), elts[i+1].Pos()
			} else if i > 0 {
				pos, end = elts[i-1].End(), e.End()
			} else {
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
