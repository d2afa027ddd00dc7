package analyzer

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strings"
)

const tokenEQL = token.EQL

// shortExpr formats an expression for a message, eliding long ones.
func shortExpr(fset *token.FileSet, e ast.Expr) string {
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, e); err != nil {
		return "an expression"
	}
	s := buf.String()
	if i := strings.IndexByte(s, '\n'); i >= 0 || len(s) > 40 {
		if i < 0 || i > 40 {
			i = 40
		}
		s = s[:i] + "…"
	}
	return s
}

// qualifiedType names an adapter type as code in pkg would: "*piper.Piper"
// or "Piper". key is "import/path.Name".
func qualifiedType(key string, pointer bool, pkg *types.Package) string {
	p, name, _ := splitPkgName(key)
	s := name
	if pkg == nil || p != pkg.Path() {
		s = pathBase(p) + "." + name
	}
	if pointer {
		s = "*" + s
	}
	return s
}

// qualifiedObj names a declared object as code in pkg would.
func qualifiedObj(obj types.Object, pkg *types.Package) string {
	if obj.Pkg() == nil || obj.Pkg() == pkg {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// pathBase returns the last element of an import path (the usual package
// name).
func pathBase(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
