package analyzer

import (
	"go/types"

	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/tools/go/analysis"
)

// checkMultipleInit reports each init function of a registry after the
// first one this package can see (multiple-init): the init functions of
// imported packages come first, then those of this package in source
// order. Init functions in packages that do not import each other are
// compared by the whole-program check.
func checkMultipleInit(rep *reporter, m *Model) {
	imported := m.ImportedInits()
	for _, r := range m.Registries {
		var first *types.Func
		if refs := imported[r.Info.Key]; len(refs) > 0 {
			first = refs[0].Obj
		}
		for _, in := range m.initsOf(r) {
			if first == nil {
				first = in.Obj
				continue
			}
			rep.reportRelated(RuleMultipleInit, in.Decl.Name.Pos(), in.Decl.Name.End(), nil,
				[]analysis.RelatedInformation{{Pos: first.Pos(), End: first.Pos(), Message: "the first init function of " + model.QualifiedObj(r.Obj, m.Pass.Pkg)}},
				"%s is a second init function of %s after %s (%s); register every adapter in one init function",
				in.Decl.Name.Name, model.QualifiedObj(r.Obj, m.Pass.Pkg), model.QualifiedFunc(first, m.Pass.Pkg), m.ObjPosition(first))
		}
	}
}
