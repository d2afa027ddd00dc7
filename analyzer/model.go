package analyzer

import (
	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/model"
)

// pkgModel is the registry model of one package, with what the rules and
// their fixes compute of it on demand: each once per package.
type pkgModel struct {
	*edit.Model

	selfShapes map[*model.Registry][]*model.RegisterCall // see (*pkgModel).selfCallShapes
}
