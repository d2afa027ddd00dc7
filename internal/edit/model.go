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
	factoryFuncs map[factoryKey]map[string]string     // see (*Model).factoryFunc
	plans        map[planKey]*insertionPlan           // see (*Model).insertionPlan
	PlansBuilt   int                                  // insertion plans computed
}

// planKey identifies an insertion plan: an init function and a registry.
type planKey struct {
	in  *model.RegistryInit
	reg string
}
