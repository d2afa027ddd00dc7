package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/newline"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// The suggested fixes edit only the bytes they must (SPEC §4): an
// inserted registration goes after the last registration that is a plain
// statement of the block holding the registrations, never into a loop or
// a condition; a deleted one takes its own separators and comments and
// nothing else of its line; comments stay on their lines; new lines use
// the file's line endings. Drivers may format the edited region.

// unregisteredFix inserts a registration of adapter a into init function in,
// after its last plain registration of r, in the same form, and imports
// the adapter's package when the file does not (or only blank-imports it).
func unregisteredFix(m *pkgModel, in *model.RegistryInit, r *model.Registry, a *model.VisibleAdapter) []analysis.SuggestedFix {
	file := m.FileOf(in.Name.Pos())
	src := m.Source(in.Name.Pos())
	if file == nil || src == nil {
		return nil
	}
	var edits []analysis.TextEdit
	qual := ""
	if a.Pkg != m.Pass().Pkg {
		edit, name, ok := m.ImportFor(file, src, a.Pkg.Path())
		if !ok {
			return nil
		}
		if edit != nil {
			edits = append(edits, *edit)
		}
		qual = name
	}
	_, place, text, ok := edit.NewRegistration(m.Model, in, r, a, qual)
	if !ok {
		return nil
	}
	edits = append(edits, m.InsertAfter(src, place, text))
	_, name, _ := config.SplitPkgName(a.Info.Type)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %s in %s", name, in.Name.Name),
		TextEdits: edits,
	}}
}

// deleteRegistrationFix deletes a registration: exactly its statement or
// its element of a literal, with its own separators and comments, never
// other code on its lines.
func deleteRegistrationFix(m *pkgModel, reg *model.Registration) []analysis.SuggestedFix {
	src := m.Source(reg.Expr.Pos())
	if src == nil {
		return nil
	}
	var pos, end token.Pos
	switch {
	case reg.Call != nil && reg.Call.Stmt != nil:
		pos, end = m.deleteStmtRange(src, reg.Call.Stmt, reg.Call.Siblings)
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
func (m *pkgModel) deleteStmtRange(src []byte, stmt ast.Stmt, siblings []ast.Stmt) (pos, end token.Pos) {
	tf := m.Pass().Fset.File(stmt.Pos())
	startOff, endOff := tf.Offset(stmt.Pos()), tf.Offset(stmt.End())
	lineStart, _ := edit.LineBounds(src, startOff)
	_, lineEnd := edit.LineBounds(src, endOff)
	if len(bytes.TrimSpace(src[lineStart:startOff])) == 0 && edit.OnlyComment(src[endOff:lineEnd]) {
		next := lineEnd
		if next < len(src) {
			next += len(newline.Of(src[lineEnd:])) // the line ending too
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
func (m *pkgModel) deleteEltRange(src []byte, lit *ast.CompositeLit, elt ast.Expr) (pos, end token.Pos) {
	tf := m.Pass().Fset.File(elt.Pos())
	elts := lit.Elts
	for i, e := range elts {
		if e != elt {
			continue
		}
		startOff := tf.Offset(e.Pos())
		lineStart, _ := edit.LineBounds(src, startOff)
		endOff := tf.Offset(e.End())
		// The comma after the element, if any.
		afterOff := endOff
		if j := bytes.IndexByte(src[endOff:], ','); j >= 0 && len(bytes.TrimSpace(src[endOff:endOff+j])) == 0 {
			afterOff = endOff + j + 1
		}
		_, lineEnd := edit.LineBounds(src, afterOff)
		if len(bytes.TrimSpace(src[lineStart:startOff])) == 0 && edit.OnlyComment(src[afterOff:lineEnd]) {
			next := lineEnd
			if next < len(src) {
				next += len(newline.Of(src[lineEnd:]))
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
