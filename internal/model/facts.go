package model

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The facts below carry the registry model across packages. All fields are
// exported plain values so that they survive gob encoding: go vet and nogo
// hand facts from one package's analysis to the next through files.

// PackageFact summarises what a package contributes to registries: the
// adapter interfaces it declares and the adapters it declares. It is
// exported only by packages that have either.
type PackageFact struct {
	Registries []RegistryInfo // adapter interfaces declared in the package
	Adapters   []AdapterInfo  // adapters declared in the package, in source order
	// RegisterFor lists the registries that register functions declared
	// in the package (by directive or config) register adapters of.
	RegisterFor []string
	// Outside lists the adapters that the package registers outside an
	// init function (self-registration in func init(), late calls), so
	// that no fix adds a second registration of them.
	Outside []OutsideRegistration
}

// OutsideRegistration is a registration of an adapter by a register call
// outside the registry's init function.
type OutsideRegistration struct {
	Type string // "import/path.Name" of the adapter
	Posn string // where the call is, as messages name it
	// Wrapper reports that the call is inside a register function or a
	// registry method, with a value of the type built there (a wrapper
	// registered once per name, as Caddy's RegisterAdapter does): the
	// registration is not one to move into the init function.
	Wrapper bool
}

// RegistryInfo describes one adapter interface.
type RegistryInfo struct {
	Key        string // "import/path.Name"
	Policy     string // PolicyCentral or PolicySelf
	NameMethod string // the method that returns an adapter's name
	Aggregator string // policy self: the package that must import adapter packages
	// HasRegister reports whether register functions are declared for the
	// registry (by directive in this package, or by config); when none are,
	// functions named Register or MustRegister are.
	HasRegister bool
}

// AdapterInfo describes one adapter type.
type AdapterInfo struct {
	Type       string   // "import/path.Name" of the named type
	Pointer    bool     // only *T (not T) implements the interface
	Registries []string // keys of the registries it belongs to
	Name       string   // its constant name, when NameKnown
	NameKnown  bool     // Name holds the constant returned by the name method
	// NameFromCall reports that Name is the constant its
	// self-registration passes (there is no name method): it counts for
	// duplicate-name and list, not for name-switch, whose strings such a
	// short name ("cpu") would match by chance.
	NameFromCall bool
	Posn         string   // "import/path/file.go:line" of the type declaration
	Embeds       []string // named types embedded in it (bases are not adapters)
	// Constructor is a function of the package taking no arguments and
	// returning T or *T, for suggested fixes; "" when there is none.
	Constructor string
}

// RegistryFact marks an adapter interface. It repeats the interface's
// entry in its package's [PackageFact] as a fact about the type, because
// go vet (unitchecker) hands a package the package facts of its direct
// imports only, but re-exports facts about package-level types: through
// it, a package sees every registry whose interface it can reach, as it
// does under the standalone command.
type RegistryFact struct {
	Info RegistryInfo
}

// InitFact marks an init function (by directive or config).
type InitFact struct {
	Registries []string // registries named explicitly by the directive or config
	// Registered lists the adapter types ("import/path.Name") that its
	// registrations resolve to, sorted, so that a later init function of
	// the same registry (multiple-init) does not report them unregistered.
	Registered []string
}

// RegisterFact marks a register function declared by directive or config.
type RegisterFact struct {
	Registries []string // keys of the registries it registers adapters of
}

// ReturnsFact records the concrete adapter types that a function returning
// an adapter interface (or a factory of one) can return.
type ReturnsFact struct {
	Types      []string // "import/path.Name" of each concrete type, sorted
	Unresolved bool     // some return statement could not be resolved
}

func (*PackageFact) AFact()  {}
func (*InitFact) AFact()     {}
func (*RegistryFact) AFact() {}
func (*RegisterFact) AFact() {}
func (*ReturnsFact) AFact()  {}

func (f *PackageFact) String() string {
	var parts []string
	for _, r := range f.Registries {
		parts = append(parts, fmt.Sprintf("registry %s(%s)", r.Key, r.Policy))
	}
	for _, a := range f.Adapters {
		name := "?"
		if a.NameKnown {
			name = fmt.Sprintf("%q", a.Name)
		}
		parts = append(parts, fmt.Sprintf("adapter %s=%s", a.Type, name))
	}
	return strings.Join(parts, " ")
}

func (f *RegistryFact) String() string {
	return fmt.Sprintf("registry %s(%s)", f.Info.Key, f.Info.Policy)
}

func (f *InitFact) String() string {
	s := "init " + strings.Join(f.Registries, ",")
	if len(f.Registered) > 0 {
		s += " registers " + strings.Join(f.Registered, ",")
	}
	return s
}

func (f *RegisterFact) String() string {
	return "register " + strings.Join(f.Registries, ",")
}

func (f *ReturnsFact) String() string {
	s := "returns"
	if len(f.Types) > 0 {
		s += " " + strings.Join(f.Types, ",")
	}
	if f.Unresolved {
		s += " +unresolved"
	}
	return s
}

// FactTypes returns the fact types the model analyzer exports, for its
// FactTypes field.
func FactTypes() []analysis.Fact {
	return []analysis.Fact{new(PackageFact), new(RegistryFact), new(InitFact), new(RegisterFact), new(ReturnsFact)}
}
