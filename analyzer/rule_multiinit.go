package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"

	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// checkMultipleInit reports each init function of a registry after the
// first one this package can see (multiple-init): the init functions of
// imported packages come first, then those of this package in source
// order. Init functions in packages that do not import each other are
// compared by the whole-program check.
func checkMultipleInit(rep *reporter, m *pkgModel) {
	imported := m.ImportedInits()
	for _, r := range m.Registries {
		var first types.Object
		if refs := imported[r.Info.Key]; len(refs) > 0 {
			first = refs[0].Obj
		}
		for _, in := range m.registryInitsOf(r) {
			if first == nil {
				first = in.Obj
				continue
			}
			rep.reportRelated(RuleMultipleInit, in.Name.Pos(), in.Name.End(), nil,
				[]analysis.RelatedInformation{{Pos: first.Pos(), End: first.Pos(), Message: "the first init function of " + model.QualifiedObj(r.Obj, m.Pass().Pkg)}},
				"%s is a second init function of %s after %s (%s); register every adapter in one init function",
				in.Name.Name, model.QualifiedObj(r.Obj, m.Pass().Pkg), model.QualifiedFuncOrVar(first, m.Pass().Pkg), m.ObjPosition(first))
		}
	}
}

// checkProgramMultipleInit reports init functions of one registry in
// packages that do not import each other (multiple-init): of the init
// functions that are the first their own package can see, all but the
// first in import-path order. The others were reported per package.
func checkProgramMultipleInit(summaries []*Summary, registries map[string]summaryRegistry) []analysis.Diagnostic {
	type initAt struct {
		in *summaryInit
		s  *Summary
	}
	firsts := make(map[string][]initAt)
	seen := make(map[string]bool) // test variants repeat a package's init functions
	for _, s := range summaries {
		if s == nil {
			continue
		}
		for i := range s.inits {
			in := &s.inits[i]
			id := s.Path + "." + in.name + "@" + s.fset.Position(in.obj.Pos()).String()
			if seen[id] {
				continue
			}
			seen[id] = true
			for _, key := range in.registries {
				if in.first[key] {
					firsts[key] = append(firsts[key], initAt{in, s})
				}
			}
		}
	}
	keys := make([]string, 0, len(firsts))
	for k := range firsts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var diags []analysis.Diagnostic
	for _, key := range keys {
		list := firsts[key]
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].s.Path != list[j].s.Path {
				return list[i].s.Path < list[j].s.Path
			}
			return model.PosBefore(list[i].s.fset, list[i].in.obj.Pos(), list[j].in.obj.Pos())
		})
		first := list[0]
		for _, later := range list[1:] {
			s, pos := later.s, later.in.obj.Pos()
			if d, ok := s.diagnostic(RuleMultipleInit, pos, pos+token.Pos(len(later.in.name)),
				fmt.Sprintf("%s is a second init function of %s after %s.%s (%s); register every adapter in one init function",
					later.in.name, shortKey(key, registries), first.s.pkg.Name(), first.in.name, first.s.position(first.in.obj.Pos())),
				analysis.RelatedInformation{Pos: first.in.obj.Pos(), End: first.in.obj.Pos(), Message: "the first init function of " + shortKey(key, registries)}); ok {
				diags = append(diags, d)
			}
		}
	}
	return diags
}
