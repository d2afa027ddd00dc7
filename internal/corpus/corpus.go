// Package corpus generates synthetic Go modules in the shape of the
// registry pattern, for benchmarking registrylint and for
// checking that it finds exactly the mistakes planted in them.
//
// A generated module holds, for a [Config]:
//
//   - Registries registry packages reg/rNN, each with a
//     //registrylint:adapter interface, a shared base type, and a Registry
//     whose Register method is marked //registrylint:register;
//   - Pkgs adapter packages adapters/pNNNN, spread round-robin over the
//     registries, with Adapters adapters each (constant names, a mix of
//     constructor forms);
//   - one wiring package wire/wNN per registry whose //registrylint:init
//     function InitRegistry registers the registry's adapters;
//   - one legacy package legacy/lNN per registry, with the planted
//     name-switch and look-ups that go through the registry;
//   - Filler packages lib/fNNNN that import nothing registrylint cares
//     about (most packages of a real program): string switches,
//     if/else-if chains, function maps and look-alike Name methods that
//     must not be reported, importing each other as a DAG, some with tests;
//   - a main package that imports the wiring, legacy and root filler
//     packages.
//
// Planted mistakes: every 19th adapter (about 5%, or
// Config.UnregisteredPercent) is never registered (unregistered, reported
// at its registry's InitRegistry), each legacy package dispatches on
// adapter names with a switch (name-switch), and with Config.Duplicates
// each InitRegistry ends with a second registration of its first adapter
// (duplicate-registration). Each is marked with a "// PLANTED (rule)"
// comment. Nothing else is a finding.
//
// Generation is deterministic: the same Config gives the same bytes.
package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Config sizes a corpus.
type Config struct {
	// Module is the module path; "" means "example.com/corpus".
	Module string
	// Registries is the number of registry packages (at least 1).
	Registries int
	// Pkgs is the number of adapter packages (at least Registries, so
	// that every registry has an adapter).
	Pkgs int
	// Adapters is the number of adapters in each adapter package (at
	// least 1).
	Adapters int
	// Filler is the number of filler packages; a negative value means
	// "enough to make the module 5×Pkgs packages" (so one package in five
	// holds adapters).
	Filler int
	// UnregisteredPercent is the share of adapters left unregistered, in
	// percent; 0 means about 5% (every 19th adapter).
	UnregisteredPercent int
	// Duplicates plants, in each wiring package, a second registration of
	// the registry's first adapter as the last registration of the init
	// function (duplicate-registration), where the fix for an
	// unregistered adapter would insert its line.
	Duplicates bool
}

// Named sizes of about 50, 250 and 1,000 packages.
var (
	Small  = Config{Registries: 2, Pkgs: 10, Adapters: 3, Filler: -1}
	Medium = Config{Registries: 5, Pkgs: 50, Adapters: 4, Filler: -1}
	Large  = Config{Registries: 10, Pkgs: 200, Adapters: 4, Filler: -1}
)

// Sizes maps the names of the named sizes to them.
var Sizes = map[string]Config{"small": Small, "medium": Medium, "large": Large}

// DefaultModule is the module path used when Config.Module is empty.
const DefaultModule = "example.com/corpus"

// PlantedFile is the name of the file, at the root of a generated module,
// that lists the planted mistakes: one "RULE COUNT" line per rule, after
// comment lines starting with "#".
const PlantedFile = "planted.txt"

// Corpus is a generated module.
type Corpus struct {
	Config Config // with defaults filled in
	// Files maps slash-separated paths relative to the module root to
	// their contents.
	Files map[string][]byte
	// Packages is the number of packages (test variants not counted).
	Packages int
	// AdapterCount is the number of adapter types.
	AdapterCount int
	// Planted counts the planted mistakes by rule ID; they are exactly
	// the diagnostics registrylint should report.
	Planted map[string]int
}

// PlantedTotal returns the number of planted mistakes.
func (c *Corpus) PlantedTotal() int {
	n := 0
	for _, v := range c.Planted {
		n += v
	}
	return n
}

// withDefaults validates cfg and fills in its defaults.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.Module == "" {
		cfg.Module = DefaultModule
	}
	switch {
	case cfg.Registries < 1 || cfg.Registries > 99:
		return cfg, fmt.Errorf("corpus: registries must be between 1 and 99, not %d", cfg.Registries)
	case cfg.Pkgs < cfg.Registries || cfg.Pkgs > 9999:
		return cfg, fmt.Errorf("corpus: pkgs must be between registries (%d) and 9999, not %d", cfg.Registries, cfg.Pkgs)
	case cfg.Adapters < 1 || cfg.Adapters > 99:
		return cfg, fmt.Errorf("corpus: adapters must be between 1 and 99, not %d", cfg.Adapters)
	case cfg.Filler > 9999:
		return cfg, fmt.Errorf("corpus: filler must be at most 9999, not %d", cfg.Filler)
	case cfg.UnregisteredPercent < 0 || cfg.UnregisteredPercent > 50:
		return cfg, fmt.Errorf("corpus: unregistered percent must be between 0 and 50, not %d", cfg.UnregisteredPercent)
	}
	if cfg.Filler < 0 {
		cfg.Filler = max(0, 5*cfg.Pkgs-cfg.fixedPackages())
	}
	return cfg, nil
}

// fixedPackages is the number of packages that are not filler.
func (cfg Config) fixedPackages() int {
	return 3*cfg.Registries + cfg.Pkgs + 1 // reg, wire, legacy; adapters; main
}

// Generate generates the corpus of cfg.
func Generate(cfg Config) (*Corpus, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	g := &gen{cfg: cfg, files: make(map[string][]byte), planted: map[string]int{"unregistered": 0, "name-switch": 0}}
	g.plan()
	g.file("go.mod", fmt.Sprintf("module %s\n\ngo 1.26.0\n", cfg.Module))
	for r := range cfg.Registries {
		g.registry(r)
	}
	for _, p := range g.pkgs {
		g.adapterPackage(p)
	}
	for r := range cfg.Registries {
		g.wiring(r)
		g.legacy(r)
	}
	for i := range cfg.Filler {
		g.filler(i)
	}
	g.mainPackage()
	if g.err != nil {
		return nil, g.err
	}
	var planted strings.Builder
	fmt.Fprintf(&planted, "# planted mistakes of a corpus generated by registrylint's internal/corpus\n")
	fmt.Fprintf(&planted, "# registries=%d pkgs=%d adapters=%d filler=%d packages=%d adapter-types=%d\n",
		cfg.Registries, cfg.Pkgs, cfg.Adapters, cfg.Filler, cfg.fixedPackages()+cfg.Filler, cfg.Pkgs*cfg.Adapters)
	for _, rule := range slices.Sorted(maps.Keys(g.planted)) {
		fmt.Fprintf(&planted, "%s %d\n", rule, g.planted[rule])
	}
	g.files[PlantedFile] = []byte(planted.String())
	return &Corpus{
		Config:       cfg,
		Files:        g.files,
		Packages:     cfg.fixedPackages() + cfg.Filler,
		AdapterCount: cfg.Pkgs * cfg.Adapters,
		Planted:      g.planted,
	}, nil
}

// Write writes the corpus into dir. dir must not exist, be empty, or hold
// a corpus written before (recognized by its PlantedFile), which is
// removed first.
func (c *Corpus) Write(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, PlantedFile)); err != nil {
			return fmt.Errorf("corpus: %s is not empty and holds no generated corpus; refusing to overwrite it", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.Files)) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, c.Files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// gen is the state of one Generate.
type gen struct {
	cfg     Config
	files   map[string][]byte
	planted map[string]int
	err     error

	pkgs    []*adapterPkg   // in index order
	byReg   [][]*adapterPkg // adapter packages of each registry
	imports [][]int         // filler i imports filler imports[i][...] (all < i)
}

// adapterPkg is one generated adapter package.
type adapterPkg struct {
	index        int
	reg          int
	unregistered []bool // per adapter
}

func (p *adapterPkg) name() string { return fmt.Sprintf("p%04d", p.index) }

// registered reports whether any adapter of p is registered.
func (p *adapterPkg) registered() bool { return slices.Contains(p.unregistered, false) }

// plan decides the layout: which registry each adapter package belongs
// to, which adapters are left unregistered, and the filler import DAG.
func (g *gen) plan() {
	cfg := g.cfg
	g.byReg = make([][]*adapterPkg, cfg.Registries)
	for i := range cfg.Pkgs {
		p := &adapterPkg{index: i, reg: i % cfg.Registries, unregistered: make([]bool, cfg.Adapters)}
		for k := range cfg.Adapters {
			// Every 19th adapter: about 5%, at varying positions in
			// their packages. The first package of each registry keeps
			// its first adapter, so every registry has a registration.
			ord := i*cfg.Adapters + k
			if g.leftUnregistered(ord) && (i >= cfg.Registries || k > 0) {
				p.unregistered[k] = true
				g.planted["unregistered"]++
			}
		}
		g.pkgs = append(g.pkgs, p)
		g.byReg[p.reg] = append(g.byReg[p.reg], p)
	}
	g.imports = make([][]int, cfg.Filler)
	for i := range cfg.Filler {
		want := int(hash(uint64(i), 1) % 4) // 0..3 imports
		lo := max(0, i-40)
		var deps []int
		for try := uint64(0); len(deps) < min(want, i) && try < 16; try++ {
			j := lo + int(hash(uint64(i), 2+try)%uint64(i-lo))
			if !slices.Contains(deps, j) {
				deps = append(deps, j)
			}
		}
		slices.Sort(deps)
		g.imports[i] = deps
	}
}

// leftUnregistered reports whether the adapter of ordinal ord (over the
// whole corpus) is planted as unregistered: every 19th by default, else
// UnregisteredPercent of them, spread evenly.
func (g *gen) leftUnregistered(ord int) bool {
	if g.cfg.UnregisteredPercent == 0 {
		return ord%19 == 7
	}
	return (ord+1)*g.cfg.UnregisteredPercent/100 > ord*g.cfg.UnregisteredPercent/100
}

// hash is splitmix64 of x and salt: a deterministic pseudo-random number.
func hash(x, salt uint64) uint64 {
	z := x*0x9e3779b97f4a7c15 + salt*0xbf58476d1ce4e5b9 + 0x94d049bb133111eb
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// file formats src as Go (for .go files) and stores it under name.
func (g *gen) file(name, src string) {
	b := []byte(src)
	if strings.HasSuffix(name, ".go") {
		out, err := format.Source(b)
		if err != nil && g.err == nil {
			g.err = fmt.Errorf("corpus: generated %s does not parse: %v\n%s", name, err, src)
		}
		b = out
	}
	g.files[name] = b
}

// importBlock returns an import declaration of paths: std ones first, then
// the others; a path may carry a prefix ("_ " or "name ").
func importBlock(std, local []string) string {
	var b bytes.Buffer
	b.WriteString("import (\n")
	for _, p := range std {
		fmt.Fprintf(&b, "\t%q\n", p)
	}
	if len(std) > 0 && len(local) > 0 {
		b.WriteString("\n")
	}
	for _, p := range local {
		if name, path, ok := strings.Cut(p, " "); ok {
			fmt.Fprintf(&b, "\t%s %q\n", name, path)
		} else {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
	}
	b.WriteString(")\n")
	return b.String()
}

func (g *gen) regName(r int) string { return fmt.Sprintf("r%02d", r) }
func (g *gen) regPath(r int) string { return g.cfg.Module + "/reg/" + g.regName(r) }
func (g *gen) adapterPath(p *adapterPkg) string {
	return g.cfg.Module + "/adapters/" + p.name()
}
func (g *gen) fillerName(i int) string { return fmt.Sprintf("f%04d", i) }
func (g *gen) fillerPath(i int) string { return g.cfg.Module + "/lib/" + g.fillerName(i) }
