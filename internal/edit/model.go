package edit

import (
	"go/types"

	"github.com/registrylint/registrylint/internal/model"
)

// Model is the registry model of one package, with what the rules and
// their fixes compute of it on demand: each once per package.
type Model struct {
	*model.Model

	nameConsts   map[*types.Package]map[string]string // see (*Model).nameConstant
	factoryFuncs map[factoryKey]map[string]string     // see (*Model).FactoryFunc
	plans        map[planKey]*Plan                    // see (*Model).InsertionPlan
	plansBuilt   int                                  // insertion plans computed, see PlansBuilt
}

// planKey identifies an insertion plan: an init function and a registry.
type planKey struct {
	in  *model.RegistryInit
	reg string
}

// PlansBuilt returns how many insertion plans were computed for the
// package: one per init function and registry that a fix or scaffold
// asked about, however many adapters it registers (a guard of their cost).
func (m *Model) PlansBuilt() int { return m.plansBuilt }
