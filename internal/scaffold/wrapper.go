package scaffold

import "github.com/registrylint/registrylint/internal/edit"

// Model is the registry model of one package, with the scaffolder's
// questions about it.
type Model struct {
	*edit.Model
}
