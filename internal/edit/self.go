package edit

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/model"
)

// Affixes splits type name typ around val, a name derived from it
// ("loadavg" in loadavgCollector: "", "Collector"); ok is false when
// typ does not contain val (case aside).
func Affixes(typ, val string) (prefix, suffix string, ok bool) {
	if val == "" {
		return "", "", false
	}
	i := strings.Index(strings.ToLower(typ), strings.ToLower(val))
	if i < 0 {
		return "", "", false
	}
	return typ[:i], typ[i+len(val):], true
}

// PackageRegisterFuncs returns the exported package-level register
// functions of registry r that m knows (declared by directive or config,
// or derived), sorted, then the Register function beside the interface.
func PackageRegisterFuncs(m *Model, r *model.Registry) []*types.Func {
	var candidates []*types.Func
	for fn, regs := range m.RegisterFuncs() {
		if model.ContainsRegistry(regs, r) && fn.Signature().Recv() == nil && fn.Exported() {
			candidates = append(candidates, fn)
		}
	}
	sort.Slice(candidates, func(i, j int) bool { return candidates[i].FullName() < candidates[j].FullName() })
	if fn := registerByName(r); fn != nil {
		candidates = append(candidates, fn)
	}
	return candidates
}

// registerByName finds a package-level Register function beside the
// registry's interface.
func registerByName(r *model.Registry) *types.Func {
	fn, _ := r.Obj.Pkg().Scope().Lookup("Register").(*types.Func)
	return fn
}

// CallLike writes register call sib again for another adapter: its
// adapter argument replaced by value, and each string literal argument
// replaced as rename says (repl, the new Go text; keep, leave it as sib
// has it; ok false, give up). Everything else, comments and layout
// included, is copied from sib. ok is false when the source is not
// available or rename gives up.
func (m *Model) CallLike(sib *model.RegisterCall, value string, rename func(val string) (repl string, keep, ok bool)) (string, bool) {
	src := m.Source(sib.Call.Pos())
	if src == nil {
		return "", false
	}
	tf := m.Pass().Fset.File(sib.Call.Pos())
	var b strings.Builder
	last := tf.Offset(sib.Call.Pos())
	for _, arg := range sib.Call.Args {
		repl := value
		if arg != sib.Arg {
			lit, isLit := ast.Unparen(arg).(*ast.BasicLit)
			if !isLit || lit.Kind != token.STRING {
				continue
			}
			val, err := strconv.Unquote(lit.Value)
			if err != nil {
				return "", false
			}
			var keep, ok bool
			if repl, keep, ok = rename(val); !ok {
				return "", false
			} else if keep {
				continue
			}
		}
		b.Write(src[last:tf.Offset(arg.Pos())])
		b.WriteString(repl)
		last = tf.Offset(arg.End())
	}
	b.Write(src[last:tf.Offset(sib.Call.End())])
	return b.String(), true
}
