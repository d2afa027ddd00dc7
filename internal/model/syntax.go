package model

import (
	"go/ast"
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
