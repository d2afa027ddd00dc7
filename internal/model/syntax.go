package model

import (
	"go/ast"
	"go/types"
	"strconv"
)

// ImportPath returns the unquoted path of an import spec.
func ImportPath(spec *ast.ImportSpec) string {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return p
}

// IsKeyed reports whether e is a key: value element of a composite
// literal.
func IsKeyed(e ast.Expr) bool {
	_, ok := e.(*ast.KeyValueExpr)
	return ok
}

// ListElem returns the element type of lit, a non-empty map, slice or
// array literal, or nil when lit is none of those (or has no type).
func ListElem(info *types.Info, lit *ast.CompositeLit) types.Type {
	if len(lit.Elts) == 0 {
		return nil
	}
	t := info.TypeOf(lit)
	if t == nil {
		return nil
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		return u.Elem()
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	}
	return nil
}
