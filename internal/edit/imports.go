package edit

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
	"github.com/registrylint/registrylint/internal/newline"
	"github.com/registrylint/registrylint/internal/stdlib"
	"golang.org/x/tools/go/analysis"
)

// ImportFor returns the edit that makes file import path under a usable
// name, and that name ("" for the package's own name); edit is nil when
// the file imports it already. A blank import is turned into a plain one
// rather than a second import added; a dot import cannot be used (ok is
// false).
func (m *Model) ImportFor(file *ast.File, src []byte, path string) (edit *analysis.TextEdit, name string, ok bool) {
	var blank *ast.ImportSpec
	for _, spec := range file.Imports {
		if model.ImportPath(spec) != path {
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
	e := m.AddImportEdit(file, src, strconv.Quote(path))
	return &e, "", true
}

// AddImportEdit returns an edit that adds an import spec ("path" or
// _ "path") to file where goimports would: in the parenthesized import
// group whose paths share the longest prefix with it (standard-library
// paths with standard-library paths), after that group's best match;
// else in a new import declaration.
func (m *Model) AddImportEdit(file *ast.File, src []byte, spec string) analysis.TextEdit {
	return AddImportEditSrc(m.Pass().Fset, file, src, spec)
}

// AddImportEditSrc is addImportEdit for a file set and source (nil when
// the source is unknown: then the file is taken to end lines with "\n").
func AddImportEditSrc(fset *token.FileSet, file *ast.File, src []byte, spec string) analysis.TextEdit {
	quoted := spec[strings.IndexByte(spec, '"'):]
	path, _ := strconv.Unquote(quoted)
	nl := newline.Of(src)
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
			score := 2 * ImportMatch(path, model.ImportPath(is))
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
			start, end := LineBounds(src, off)
			indent = string(src[start:off])
			if strings.TrimSpace(indent) != "" {
				indent = "\t"
			}
			if OnlyComment(src[tf.Offset(best.End()):end]) {
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
	own := model.PathBase(model.ImportPath(neighbour))
	if !strings.HasPrefix(text, "//") || own == "" || strings.Count(text, own) != 1 {
		return ""
	}
	return " " + strings.Replace(text, own, model.PathBase(path), 1)
}

// ImportMatch scores how well existing import path q suits as the
// neighbour of new path p: the number of leading path elements they
// share, and -1 for a standard-library path beside a non-standard one (or
// the reverse), which goimports keeps in separate groups.
func ImportMatch(p, q string) int {
	if stdlib.IsPath(p) != stdlib.IsPath(q) {
		return -1
	}
	pe, qe := strings.Split(p, "/"), strings.Split(q, "/")
	n := 0
	for n < len(pe) && n < len(qe) && pe[n] == qe[n] {
		n++
	}
	return n
}
