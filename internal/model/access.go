package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/registrylint/registrylint/internal/directive"

	"github.com/registrylint/registrylint/internal/config"
	"golang.org/x/tools/go/analysis"
)

// The read-only API of a Model beyond its exported fields: the rules,
// the registration edits, the inventory and the scaffolder read the
// package through these, never change it.

// Pass returns the analysis pass the model was built in.
func (m *Model) Pass() *analysis.Pass { return m.pass }

// Config returns the configuration that applied to the package.
func (m *Model) Config() *config.Config { return m.cfg }

// Registry returns the registry visible in the package whose adapter
// interface is key ("import/path.Name"), or nil.
func (m *Model) Registry(key string) *Registry { return m.registries[key] }

// AdapterOf returns the package's adapter of type key
// ("import/path.Name"), or nil.
func (m *Model) AdapterOf(key string) *Adapter { return m.adapterByType[key] }

// Suppressions returns the package's //registrylint:ignore and //nolint
// suppressions.
func (m *Model) Suppressions() *directive.Suppressions { return m.suppress }

// BadDirectives returns the malformed or misplaced directives and
// configuration entries found in the package, for the bad-directive rule.
func (m *Model) BadDirectives() []directive.BadDirective { return m.bad }

// FuncDecl returns the declaration of fn in the package, or nil.
func (m *Model) FuncDecl(fn *types.Func) *ast.FuncDecl { return m.funcDecls[fn] }

// RegisterFuncs returns the register functions declared in the package,
// each with the registries it registers in.
func (m *Model) RegisterFuncs() map[*types.Func][]*Registry { return m.registers }

// RegistryInitOf returns the init function that fn is, or nil if it is none.
func (m *Model) RegistryInitOf(obj types.Object) *RegistryInit { return m.inits[obj] }

// ReturnsOf returns what fn returns: the adapter types it may produce, as
// computed in this package or imported as a fact. It must only be called
// when the model sees a registry.
func (m *Model) ReturnsOf(fn *types.Func) *ReturnsFact { return m.resolver.ReturnsOf(fn, 0) }

// Source returns the content of the file that holds pos, or nil when it
// cannot be read or changed since it was parsed. Each file is read once.
func (m *Model) Source(pos token.Pos) []byte {
	tf := m.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	if m.sources == nil {
		m.sources = directive.SourceReader(m.pass.ReadFile)
	}
	src := m.sources(tf.Name())
	if len(src) != tf.Size() {
		return nil // changed since it was parsed
	}
	return src
}
