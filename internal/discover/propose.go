package discover

import (
	"fmt"
	"go/types"
	"path"
	"slices"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/inventory"
	"github.com/registrylint/registrylint/internal/model"
)

// Config returns the configuration that declares the candidates, as
// found (before [Propose] narrows it with packages: and exclude:).
func Config(cands []*Candidate) *config.Config {
	cfg := &config.Config{}
	for _, c := range cands {
		cfg.Registries = append(cfg.Registries, entry(c))
	}
	return cfg
}

// entry returns the configuration entry of a candidate.
func entry(c *Candidate) config.RegistryConfig {
	e := config.RegistryConfig{Adapter: c.Key(), Policy: c.Policy}
	e.Init = c.initName()
	if c.Register != nil {
		e.Register = []string{configFuncName(c.Register)}
	}
	e.Aggregator = c.Aggregator
	return e
}

// configFuncName returns the name of fn as the configuration writes it:
// its full name without the type parameters of a generic receiver
// ("(*path.Registry).Register", not "(*path.Registry[T]).Register").
func configFuncName(fn *types.Func) string {
	name := fn.FullName()
	if i := strings.IndexByte(name, '['); i >= 0 {
		if j := strings.IndexByte(name[i:], ']'); j >= 0 {
			name = name[:i] + name[i+j+1:]
		}
	}
	return name
}

// Proposal is one proposed registry: its configuration entry and the
// evidence for it, from the registry model run with the candidates'
// configuration.
type Proposal struct {
	Interface  string                `json:"interface"` // "path.Name"
	Name       string                `json:"name"`      // "pkg.Name"
	Shape      string                `json:"shape"`
	Confidence string                `json:"confidence"`
	External   bool                  `json:"external"` // interface or register function declared outside the analyzed packages
	Config     config.RegistryConfig `json:"config"`
	// Init names the init function ("pkg.Func"), "" under policy self.
	Init string `json:"init,omitempty"`
	// Adapters counts the adapters the configuration finds (excluded
	// and out-of-packages ones not counted).
	Adapters      int          `json:"adapters"`
	Registered    []AdapterRef `json:"registered"`
	NotRegistered []AdapterRef `json:"notRegistered"`
	// Excluded are the test doubles outside _test.go files that the
	// proposal's exclude: keeps out; OutsidePackages the implementers
	// that its packages: keeps out.
	Excluded        []AdapterRef `json:"excluded"`
	OutsidePackages []AdapterRef `json:"outsidePackages"`
	// BuiltIn are, under policy self, the implementations in the
	// interface's own package when it registers none: excluded too.
	BuiltIn []AdapterRef `json:"builtIn"`
	// NotImported are, under policy self, adapters that register
	// themselves in a package the aggregator does not import: their
	// init() never runs.
	NotImported []AdapterRef `json:"notImported"`
	// Generic names the generic types ("pkg.T") of which registered
	// adapters are instances: no instance that is never registered can
	// be found, so unregistered checks only the other adapters.
	Generic []string `json:"generic,omitempty"`
	// Unresolved counts the registrations whose adapter the model cannot
	// tell; when no adapter is registered otherwise, the proposal is kept
	// for them.
	Unresolved int `json:"unresolved,omitempty"`

	onePackage bool // every registration is in one package
}

// AdapterRef is an adapter named in a proposal.
type AdapterRef struct {
	Type     string `json:"type"`     // "*pkg.T"
	TypeKey  string `json:"typeKey"`  // "path.T"
	Position string `json:"position"` // relative to the module root
	// Registrations are where it is registered (positions).
	Registrations []string `json:"registrations,omitempty"`
}

// Propose turns the candidates into proposals with the evidence of inv,
// the inventory of the registry model run with [Config] of cands. It
// adds exclude: for test doubles outside _test.go files and packages:
// when the registered adapters share a subtree that other implementers
// lie outside of. A candidate of which the model finds no registered
// adapter is dropped.
func Propose(cands []*Candidate, inv *inventory.Inventory) []*Proposal {
	byKey := make(map[string]*inventory.RegistryInventory)
	for i := range inv.Registries {
		byKey[inv.Registries[i].Interface] = &inv.Registries[i]
	}
	var out []*Proposal
	for _, c := range cands {
		p := &Proposal{Interface: c.Key(), Name: c.Iface.Pkg().Name() + "." + c.Iface.Name(), Shape: c.Shape,
			Confidence: c.Confidence, External: c.External, Config: entry(c)}
		if name := c.initName(); name != "" {
			p.Init = shortFunc(name)
		}
		p.onePackage = len(c.Registrations) > 0 && c.registersIn(c.Registrations[0].ev.Pkg.Path()) && allIn(c.Registrations, c.Registrations[0].ev.Pkg.Path())
		ri := byKey[c.Key()]
		if ri == nil || ri.Registered == 0 && len(ri.Unresolved) == 0 {
			continue // the registry model, run with it, confirms no registration
		}
		p.Unresolved = len(ri.Unresolved)
		// Under policy self, the interface's own package registers none
		// of its implementations when no self-registration is in it:
		// they are built in (Prometheus' StaticConfig), not adapters.
		builtIn := ""
		if c.Policy == config.PolicySelf && !c.registersIn(c.Iface.Pkg().Path()) {
			builtIn = c.Iface.Pkg().Path()
		}
		var registered, rest []inventory.AdapterInventory
		for _, a := range ri.Adapters {
			pkg, _ := splitKey(a.TypeKey)
			switch {
			case a.Registered:
				// Whatever its name or file: exclude: never names a
				// registered type (Caddy's MockCore module).
				registered = append(registered, a)
				if a.Generic != "" && !slices.Contains(p.Generic, a.Generic) {
					p.Generic = append(p.Generic, a.Generic)
				}
			case c.isTestDouble(a):
				// Even one that registers itself in a package nothing
				// imports: a test double is no production adapter.
				p.Excluded = append(p.Excluded, ref(a))
				p.Config.Exclude = append(p.Config.Exclude, a.TypeKey)
			case a.NotImported != "":
				// It registers itself, but its init() never runs.
				p.NotImported = append(p.NotImported, ref(a))
			case pkg == builtIn:
				p.BuiltIn = append(p.BuiltIn, ref(a))
				p.Config.Exclude = append(p.Config.Exclude, a.TypeKey)
			default:
				rest = append(rest, a)
			}
		}
		if subtree := commonSubtree(registered); subtree != "" {
			var inside, outside []inventory.AdapterInventory
			for _, a := range rest {
				if pkg, _ := splitKey(a.TypeKey); pkg == subtree || strings.HasPrefix(pkg, subtree+"/") {
					inside = append(inside, a)
				} else {
					outside = append(outside, a)
				}
			}
			if len(registered) >= 3 && len(outside) >= 2 {
				p.Config.Packages = []string{subtree + "/..."}
				for _, a := range outside {
					p.OutsidePackages = append(p.OutsidePackages, ref(a))
				}
				rest = inside
			}
		}
		for _, a := range registered {
			p.Registered = append(p.Registered, ref(a))
		}
		for _, a := range rest {
			p.NotRegistered = append(p.NotRegistered, ref(a))
		}
		p.Adapters = len(p.Registered) + len(p.NotRegistered) + len(p.NotImported)
		out = append(out, p)
	}
	return dropSecondary(out)
}

// dropSecondary drops a proposal whose registered adapters are, for 80%
// or more, registered by a proposal with more of them: a second registry
// over the same types (Caddy's Caddyfile handler directives over its
// modules), which would report the first registry's other adapters.
func dropSecondary(props []*Proposal) []*Proposal {
	registeredBy := make(map[string][]*Proposal)
	for _, p := range props {
		for _, a := range p.Registered {
			registeredBy[a.TypeKey] = append(registeredBy[a.TypeKey], p)
		}
	}
	var out []*Proposal
	for _, p := range props {
		shared := make(map[*Proposal]int)
		for _, a := range p.Registered {
			for _, q := range registeredBy[a.TypeKey] {
				if q != p && len(q.Registered) > len(p.Registered) {
					shared[q]++
				}
			}
		}
		secondary := false
		for _, n := range shared {
			secondary = secondary || 5*n >= 4*len(p.Registered)
		}
		if !secondary {
			out = append(out, p)
		}
	}
	return out
}

// allIn reports whether every site is in package pkg.
func allIn(sites []Site, pkg string) bool {
	for _, s := range sites {
		if s.ev.Pkg.Path() != pkg {
			return false
		}
	}
	return true
}

// registersIn reports whether a registration of the candidate is in the
// package pkg.
func (c *Candidate) registersIn(pkg string) bool {
	for _, s := range c.Registrations {
		if s.ev.Pkg.Path() == pkg {
			return true
		}
	}
	return false
}

func ref(a inventory.AdapterInventory) AdapterRef {
	r := AdapterRef{Type: a.Type, TypeKey: a.TypeKey, Position: a.Position}
	for _, s := range a.Registrations {
		r.Registrations = append(r.Registrations, s.Position)
	}
	return r
}

// shortFunc turns "(*path/pkg.T).M" or "path/pkg.F" into "pkg.T.M" or
// "pkg.F".
func shortFunc(full string) string {
	full = strings.NewReplacer("(", "", ")", "", "*", "").Replace(full)
	if i := strings.LastIndex(full, "/"); i >= 0 {
		full = full[i+1:]
	}
	return full
}

// splitKey splits "path.Name" at its last dot.
func splitKey(key string) (pkg, name string) {
	i := strings.LastIndex(key, ".")
	if i < 0 {
		return "", key
	}
	return key[:i], key[i+1:]
}

// commonSubtree returns the longest package path that contains the
// packages of every adapter, "" when they share none below the first two
// path elements (a module root such as github.com/org is no subtree).
func commonSubtree(adapters []inventory.AdapterInventory) string {
	var common []string
	for i, a := range adapters {
		pkg, _ := splitKey(a.TypeKey)
		elems := strings.Split(pkg, "/")
		if i == 0 {
			common = elems
			continue
		}
		n := 0
		for n < len(common) && n < len(elems) && common[n] == elems[n] {
			n++
		}
		common = common[:n]
	}
	if len(common) < 3 {
		return ""
	}
	return strings.Join(common, "/")
}

// isTestDouble reports an unregistered adapter that is a test double
// kept outside _test.go files, by where it is declared (see
// isTestDoubleAt) or by a file that imports "testing". A name is no
// evidence: Caddy's MockCore and OpenTofu's TestHuman are real.
func (c *Candidate) isTestDouble(a inventory.AdapterInventory) bool {
	return c.f != nil && c.f.testTypes[model.GenericBase(a.TypeKey)] || isTestDoubleAt(a)
}

// isTestDoubleAt reports an adapter declared in a file of test support
// (testing.go, x_testing.go, fake_x.go, mock_x.go, testutil.go) or in a
// package of test helpers (.../testing, .../fakes, internal/testmocks,
// tts/ttstest).
func isTestDoubleAt(a inventory.AdapterInventory) bool {
	pkg, _ := splitKey(model.GenericBase(a.TypeKey))
	file := path.Base(strings.SplitN(a.Position, ":", 2)[0])
	if isTestingFile(file) || strings.HasPrefix(file, "fake") || strings.HasPrefix(file, "mock") || strings.HasPrefix(file, "testutil") {
		return true
	}
	if isTestPackage(pkg) {
		return true
	}
	for _, elem := range strings.Split(pkg, "/") {
		switch {
		case elem == "testing", elem == "testutil", elem == "testutils", elem == "testhelpers",
			strings.Contains(elem, "fake"), strings.Contains(elem, "mock"):
			return true
		}
	}
	return false
}

// Positions summarises positions "dir/file.go:line" as
// "dir/file.go:1, 2, 3" per file, at most max of them, then "and N more".
func Positions(positions []string, max int) string {
	var b strings.Builder
	lastFile := ""
	for i, p := range positions {
		if i == max {
			fmt.Fprintf(&b, " and %d more", len(positions)-max)
			break
		}
		file, line, ok := strings.Cut(p, ":")
		switch {
		case !ok:
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p)
			lastFile = ""
		case file == lastFile:
			b.WriteString(", " + line)
		default:
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(p)
			lastFile = file
		}
	}
	return b.String()
}

// sortedRefs returns the registration positions of refs, sorted.
func registrationPositions(refs []AdapterRef) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Registrations...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
