package scaffold

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/registrylint/registrylint/internal/edit"

	"github.com/registrylint/registrylint/internal/model"
)

// The names of `registrylint new`: the new adapter's name follows the
// style of its siblings' names (kebab-case, snake_case, one lowercase
// word, dotted IDs whose prefix it keeps), and a name is taken when a
// sibling's name method, a map key or a register call's name argument
// in the registry's code, or a string in a sibling's start-up metadata
// (Caddy's ModuleInfo ID) already holds it.

// takenName is a name in use, and where.
type takenName struct {
	name, where string
}

// siblingNames returns, for each sibling (by type key), the name it is
// known by (its name method's constant, else the key or name argument
// of its registration, else an ID in its start-up methods), and every
// name in use by the registry with where it is used, in a stable order.
func siblingNames(models []*Model, r *model.Registry, sibs []sibling) (bySib map[string]string, taken []takenName) {
	bySib = make(map[string]string)
	add := func(typ, name, where string) {
		if name == "" {
			return
		}
		if typ != "" && bySib[typ] == "" {
			bySib[typ] = name
		}
		taken = append(taken, takenName{name, where})
	}
	for _, s := range sibs {
		if s.info.NameKnown {
			add(s.info.Type, s.info.Name, s.info.Type+" ("+s.info.Posn+")")
		}
	}
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		// Map keys of the registry's literals in init functions.
		for _, in := range m.RegistryInits {
			for _, reg := range in.Registrations {
				if reg.Registry.Info.Key != r.Info.Key {
					continue
				}
				kv, ok := reg.Elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if name, ok := constString(m.Pass().TypesInfo, kv.Key); ok {
					add(singleType(reg.Types), name, "a key of the map in "+in.Name.Name+" ("+m.posn(kv.Key)+")")
				}
			}
		}
		// Name arguments of register calls.
		for _, c := range m.Calls {
			if c.Registry == nil || c.Registry.Info.Key != r.Info.Key || c.Plumbing {
				continue
			}
			for _, arg := range c.Call.Args {
				if arg == c.Arg {
					continue
				}
				if name, ok := constString(m.Pass().TypesInfo, arg); ok {
					add(singleType(c.Types), name, "the name argument of "+c.Callee.Name()+" ("+m.posn(arg)+")")
				}
			}
		}
	}
	// IDs in the siblings' start-up metadata.
	for _, s := range sibs {
		if id, where := metadataID(s, r); id != "" {
			add(s.info.Type, id, where)
		}
	}
	return bySib, taken
}

// singleType returns the only element of types, or "".
func singleType(types []string) string {
	if len(types) == 1 {
		return types[0]
	}
	return ""
}

// constString returns the value of e when it is a string constant.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// posn returns "file.go:line" of pos, the file relative to the package's
// directory's parent when it can.
func (m *Model) posn(e ast.Node) string {
	p := m.Pass().Fset.Position(e.Pos())
	if root, _ := m.moduleRoot(); root != "" {
		if rel, err := filepath.Rel(root, p.Filename); err == nil {
			return fmt.Sprintf("%s:%d", filepath.ToSlash(rel), p.Line)
		}
	}
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// metadataID finds the name a sibling without a name method is known by
// in its start-up methods: a string literal whose last dotted element,
// without separators and in lower case, is its type's or its package's
// name ("http.handlers.reverse_proxy" in package reverseproxy); else a
// string literal in an ID or Name field of a composite literal.
func metadataID(s sibling, r *model.Registry) (id, where string) {
	want := map[string]bool{
		squash(s.obj.Name()):                    true,
		squash(s.m.Pass().Pkg.Name()):           true,
		squash(lastElem(s.m.Pass().Pkg.Path())): true,
	}
	var keyed, keyedWhere string // a literal in an ID (or Name) field: the fallback
	for i := 0; i < r.Iface.NumMethods(); i++ {
		meth := r.Iface.Method(i)
		decl := methodDecl(s, meth.Name())
		if decl == nil || decl.Body == nil {
			continue
		}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			if id != "" {
				return false
			}
			if kv, ok := n.(*ast.KeyValueExpr); ok && keyed == "" {
				if k, ok := kv.Key.(*ast.Ident); ok && (k.Name == "ID" || k.Name == "Id" || k.Name == "Name") {
					if _, lit := kv.Value.(*ast.BasicLit); lit {
						if v, ok := constString(s.m.Pass().TypesInfo, kv.Value); ok && v != "" {
							keyed, keyedWhere = v, s.obj.Name()+"."+meth.Name()+" ("+s.m.posn(kv.Value)+")"
						}
					}
				}
			}
			if v, ok := constString(s.m.Pass().TypesInfo, asExpr(n)); ok && want[squash(lastElem(strings.ReplaceAll(v, ".", "/")))] {
				if _, lit := n.(*ast.BasicLit); lit {
					id, where = v, s.obj.Name()+"."+meth.Name()+" ("+s.m.posn(n)+")"
				}
			}
			return true
		})
		if id != "" {
			return id, where
		}
	}
	// Caddy's ModuleInfo{ID: "tls.stek.distributed"} for type Provider of
	// package distributedstek: the ID field names it all the same.
	return keyed, keyedWhere
}

func asExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

// methodDecl returns the declaration of sibling s's method name, when
// its package declares it.
func methodDecl(s sibling, name string) *ast.FuncDecl {
	sel := types.NewMethodSet(types.NewPointer(s.obj.Type())).Lookup(s.obj.Pkg(), name)
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	if fn == nil || len(sel.Index()) != 1 {
		return nil // promoted from an embedded base
	}
	return s.m.FuncDecl(fn)
}

// lastElem returns what follows the last slash of p.
func lastElem(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// squash lower-cases s and drops everything but letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// nameStyle is how a registry's names are written.
type nameStyle int

const (
	styleKebab nameStyle = iota // my-thing, the default
	styleSnake                  // my_thing
	styleWord                   // mything
	styleCamel                  // MyThing, like the Go name (kube-scheduler's plugins)
)

// styleOf returns the style of names (their last dotted element when all
// of them are dotted), and whether all are dotted.
func styleOf(names []string) (style nameStyle, dotted bool) {
	if len(names) == 0 {
		return styleKebab, false
	}
	dotted = true
	kebabs, snakes, words, camels := 0, 0, 0, 0
	for _, n := range names {
		last := n
		if i := strings.LastIndexByte(n, '.'); i > 0 && i < len(n)-1 {
			last = n[i+1:]
		} else {
			dotted = false
		}
		switch {
		case strings.Contains(last, "-"):
			kebabs++
		case strings.Contains(last, "_"):
			snakes++
		case last == strings.ToLower(last):
			words++
		case token.IsExported(last):
			camels++
		}
	}
	switch {
	case words == len(names):
		return styleWord, dotted
	case camels == len(names):
		return styleCamel, dotted
	case snakes > kebabs:
		return styleSnake, dotted
	}
	return styleKebab, dotted
}

// styled writes Go name goName in style.
func styled(goName string, style nameStyle) string {
	goName = ascii(goName)
	switch style {
	case styleSnake:
		return snake(goName)
	case styleWord:
		return squash(goName)
	case styleCamel:
		return goName
	}
	return kebab(goName)
}

// newKey returns the new adapter's name in the style of the siblings'
// names; a dotted ID keeps the prefix of the nearest sibling's (near is
// its first dotted name).
func newKey(goName string, names []string, near string) string {
	style, dotted := styleOf(names)
	key := styled(goName, style)
	switch {
	case dotted:
		if near == "" {
			near = names[0]
		}
		key = near[:strings.LastIndexByte(near, '.')+1] + key
	case strings.Contains(near, "."):
		// Most names are dotted IDs, some not (Caddy's apps "http",
		// "tls"): the nearest sibling's namespace, and its style.
		last := near[strings.LastIndexByte(near, '.')+1:]
		nearStyle, _ := styleOf([]string{last})
		key = near[:strings.LastIndexByte(near, '.')+1] + styled(goName, nearStyle)
	}
	return key
}

// nearest orders the siblings by how near their package is to pkgPath:
// the same package first, then by the number of leading path elements
// they share, a package in the same directory first, then by type.
func nearest(sibs []sibling, pkgPath string) []sibling {
	out := append([]sibling(nil), sibs...)
	score := func(s sibling) int {
		p := s.m.Pass().Pkg.Path()
		if p == pkgPath {
			return 1 << 20
		}
		n := 2 * edit.ImportMatch(pkgPath, p)
		if path.Dir(p) == path.Dir(pkgPath) {
			n++ // a package beside the new one
		}
		return n
	}
	sort.SliceStable(out, func(i, j int) bool { return score(out[i]) > score(out[j]) })
	return out
}

// latin folds the lower-case Latin letters of Latin-1 and Latin
// Extended-A to ASCII.
var latin = func() map[rune]string {
	m := make(map[rune]string)
	for _, group := range strings.Fields("àáâãäåāăą:a æ:ae çćĉċč:c ďđð:d èéêëēĕėęě:e ĝğġģ:g ĥħ:h ìíîïĩīĭįı:i ĳ:ij ĵ:j ķĸ:k ĺļľŀł:l ñńņňŉŋ:n òóôõöøōŏő:o œ:oe ŕŗř:r śŝşšſ:s ß:ss ǆ:dz ǉ:lj ǌ:nj ţťŧ:t þ:th ùúûüũūŭůűų:u ŵ:w ýÿŷ:y źżž:z") {
		letters, ascii, _ := strings.Cut(group, ":")
		for _, r := range letters {
			m[r] = ascii
		}
	}
	return m
}()

// ascii returns s with its Latin letters folded to ASCII (Éclair:
// Eclair, upper case folded too) and every other non-ASCII character
// dropped: package paths must be ASCII, and names in files and on
// command lines read best so.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case latin[unicode.ToLower(r)] != "":
			f := latin[unicode.ToLower(r)]
			if unicode.IsUpper(r) {
				f = strings.ToUpper(f[:1]) + f[1:]
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// pathName returns the name of a new adapter's package, directory and
// file: its Go name in lower case and ASCII ("" when no letter of it
// folds to ASCII), with "adapter" added to a name that a package cannot
// have or be imported under (a keyword such as type or default, main,
// init).
func pathName(goName string) string {
	n := strings.ToLower(ascii(goName))
	if token.IsKeyword(n) || n == "main" || n == "init" {
		n += "adapter"
	}
	if !token.IsIdentifier(n) {
		return ""
	}
	return n
}
