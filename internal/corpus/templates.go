package corpus

import (
	"fmt"
	"strings"
)

// registry writes registry package reg/rNN.
func (g *gen) registry(r int) {
	name := g.regName(r)
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s is registry %d of the generated corpus.\npackage %s\n\n", name, r, name)
	b.WriteString(importBlock([]string{"context", "fmt", "sort", "sync"}, nil))
	fmt.Fprintf(&b, `
// Request is the input of an adapter.
type Request struct {
	ID      string
	Payload []byte
}

// Response is the output of an adapter.
type Response struct {
	Status int
	Body   []byte
}

// Adapter is a pluggable implementation kept in registry %[1]s.
//
//registrylint:adapter
type Adapter interface {
	// Name is the unique, constant name the adapter is looked up by.
	Name() string
	Description() string
	IsInitialized() bool
	Initialize(ctx context.Context) error
	Execute(ctx context.Context, req Request) (Response, error)
}

// Base implements the bookkeeping methods that every adapter shares.
// Adapters embed it; it is not an adapter itself.
type Base struct {
	Desc  string
	ready bool
}

// Description returns b.Desc.
func (b *Base) Description() string { return b.Desc }

// IsInitialized reports whether Initialize has succeeded.
func (b *Base) IsInitialized() bool { return b.ready }

// Initialize marks the adapter ready.
func (b *Base) Initialize(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.ready = true
	return nil
}

// Registry holds adapters by name.
type Registry struct {
	mu       sync.RWMutex
	adapters map[string]Adapter
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{adapters: make(map[string]Adapter)}
}

// Register adds a under its name.
//
//registrylint:register
func (r *Registry) Register(a Adapter) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.adapters[a.Name()] = a
}

// Get returns the adapter registered under name.
func (r *Registry) Get(name string) (Adapter, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	a, ok := r.adapters[name]
	if !ok {
		return nil, fmt.Errorf("%[1]s: no adapter named %%q", name)
	}
	return a, nil
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.adapters))
	for name := range r.adapters {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
`, name)
	g.file("reg/"+name+"/"+name+".go", b.String())
}

// adapterName is the name of adapter k of p.
func adapterName(p *adapterPkg, k int) string { return fmt.Sprintf("%s-a%d", p.name(), k) }

// ctor is the expression that makes a new adapter k of p, in package
// qualifier q ("" inside p): NewAk() for k%3 == 0, &Ak{} for k%3 == 1, a
// factory returning the interface, NewAdapterAk(), for k%3 == 2.
func ctor(q string, k int) string {
	if q != "" {
		q += "."
	}
	switch k % 3 {
	case 0:
		return fmt.Sprintf("%sNewA%d()", q, k)
	case 1:
		return fmt.Sprintf("&%sA%d{}", q, k)
	}
	return fmt.Sprintf("%sNewAdapterA%d()", q, k)
}

// adapterPackage writes adapter package adapters/pNNNN.
func (g *gen) adapterPackage(p *adapterPkg) {
	name, reg := p.name(), g.regName(p.reg)
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s holds adapters of registry %s.\npackage %s\n\n", name, reg, name)
	b.WriteString(importBlock([]string{"context", "strings"}, []string{g.regPath(p.reg)}))
	b.WriteString("\n// Names of the adapters of this package.\nconst (\n")
	for k := range g.cfg.Adapters {
		if k%2 == 0 {
			fmt.Fprintf(&b, "\tNameA%d = %q\n", k, adapterName(p, k))
		}
	}
	b.WriteString(")\n")
	for k := range g.cfg.Adapters {
		fmt.Fprintf(&b, "\n// A%[1]d is adapter %[1]d of package %[2]s.\n", k, name)
		if p.unregistered[k] {
			fmt.Fprintf(&b, "//\n// PLANTED (unregistered): never registered in %s's init function.\n", reg)
		}
		fmt.Fprintf(&b, "type A%d struct {\n\t%s.Base\n\tcalls int\n}\n", k, reg)
		switch k % 3 {
		case 0:
			fmt.Fprintf(&b, "\n// NewA%[1]d returns a new A%[1]d.\nfunc NewA%[1]d() *A%[1]d {\n\treturn &A%[1]d{Base: %[2]s.Base{Desc: %[3]q}}\n}\n",
				k, reg, "adapter "+adapterName(p, k))
		case 2:
			fmt.Fprintf(&b, "\n// NewAdapterA%[1]d returns a new A%[1]d as an adapter.\nfunc NewAdapterA%[1]d() %[2]s.Adapter {\n\treturn &A%[1]d{Base: %[2]s.Base{Desc: %[3]q}}\n}\n",
				k, reg, "adapter "+adapterName(p, k))
		}
		if k%2 == 0 {
			fmt.Fprintf(&b, "\n// Name returns NameA%[1]d.\nfunc (a *A%[1]d) Name() string { return NameA%[1]d }\n", k)
		} else {
			fmt.Fprintf(&b, "\n// Name returns %[2]q.\nfunc (a *A%[1]d) Name() string { return %[2]q }\n", k, adapterName(p, k))
		}
		fmt.Fprintf(&b, `
// Execute answers req.
func (a *A%[1]d) Execute(ctx context.Context, req %[2]s.Request) (%[2]s.Response, error) {
	if err := ctx.Err(); err != nil {
		return %[2]s.Response{}, err
	}
	a.calls++
	body := strings.Repeat(strings.ToUpper(string(req.Payload)), %[3]d)
	return %[2]s.Response{Status: 200, Body: []byte(body)}, nil
}
`, k, reg, 1+k%3)
	}
	if p.index%5 == 4 {
		// A decorator: it implements the interface but wraps an adapter,
		// so it is not an adapter.
		fmt.Fprintf(&b, `
// Logged wraps an adapter and counts its calls. It is a decorator, not an
// adapter.
type Logged struct {
	next  %[1]s.Adapter
	Calls int
}

// Wrap returns a decorates next.
func Wrap(next %[1]s.Adapter) *Logged { return &Logged{next: next} }

// Name returns the wrapped adapter's name.
func (l *Logged) Name() string { return l.next.Name() }

// Description returns the wrapped adapter's description.
func (l *Logged) Description() string { return "logged " + l.next.Description() }

// IsInitialized reports whether the wrapped adapter is initialized.
func (l *Logged) IsInitialized() bool { return l.next.IsInitialized() }

// Initialize initializes the wrapped adapter.
func (l *Logged) Initialize(ctx context.Context) error { return l.next.Initialize(ctx) }

// Execute counts and forwards req.
func (l *Logged) Execute(ctx context.Context, req %[1]s.Request) (%[1]s.Response, error) {
	l.Calls++
	return l.next.Execute(ctx, req)
}
`, reg)
	}
	g.file("adapters/"+name+"/"+name+".go", b.String())
}

// wiring writes wire/wNN, whose InitRegistry registers the adapters of
// registry r (less the planted unregistered ones).
func (g *gen) wiring(r int) {
	name, reg := fmt.Sprintf("w%02d", r), g.regName(r)
	local := []string{}
	for _, p := range g.byReg[r] {
		if p.registered() {
			local = append(local, g.adapterPath(p))
		} else {
			local = append(local, "_ "+g.adapterPath(p))
		}
	}
	local = append(local, g.regPath(r))
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s builds registry %s with every adapter.\npackage %s\n\n", name, reg, name)
	b.WriteString(importBlock([]string{"sync"}, local))
	fmt.Fprintf(&b, `
var (
	once sync.Once
	reg  *%[1]s.Registry
)

// InitRegistry registers every adapter of registry %[1]s. It is the single
// source of truth: adding an adapter means adding one line here.
//
//registrylint:init
func InitRegistry() *%[1]s.Registry {
	once.Do(func() {
		r := %[1]s.NewRegistry()
`, reg)
	for _, p := range g.byReg[r] {
		for k := range g.cfg.Adapters {
			if p.unregistered[k] {
				fmt.Fprintf(&b, "\t\t// PLANTED (unregistered): %s.A%d belongs here; reported at func InitRegistry.\n", p.name(), k)
				continue
			}
			fmt.Fprintf(&b, "\t\tr.Register(%s)\n", ctor(p.name(), k))
		}
	}
	if g.cfg.Duplicates {
		p := g.byReg[r][0]
		fmt.Fprintf(&b, "\t\tr.Register(%s) // PLANTED (duplicate-registration)\n", ctor(p.name(), 0))
		g.planted["duplicate-registration"]++
	}
	b.WriteString("\t\treg = r\n\t})\n\treturn reg\n}\n")
	g.file("wire/"+name+"/"+name+".go", b.String())
}

// legacy writes legacy/lNN: the planted name-switch over two adapters of
// registry r, next to the right way (a look-up through the registry) and
// a switch on strings that are no adapter names.
func (g *gen) legacy(r int) {
	name, reg, wire := fmt.Sprintf("l%02d", r), g.regName(r), fmt.Sprintf("w%02d", r)
	type pick struct {
		p *adapterPkg
		k int
	}
	// The first adapter of the registry's first two packages (or the
	// first two adapters of its only package).
	var picks []pick
	for _, p := range g.byReg[r] {
		picks = append(picks, pick{p, 0})
	}
	if len(picks) < 2 && g.cfg.Adapters > 1 {
		picks = append(picks, pick{picks[0].p, 1})
	}
	picks = picks[:min(2, len(picks))]
	local := []string{}
	for _, pk := range picks {
		if len(local) == 0 || local[len(local)-1] != g.adapterPath(pk.p) {
			local = append(local, g.adapterPath(pk.p))
		}
	}
	local = append(local, g.regPath(r), g.cfg.Module+"/wire/"+wire)
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s keeps the adapter selection of an old release of registry %s.\npackage %s\n\n", name, reg, name)
	b.WriteString(importBlock(nil, local))
	fmt.Fprintf(&b, `
// Pick returns a new adapter by name, or nil.
//
// Deprecated: use Lookup.
func Pick(name string) %s.Adapter {
	// PLANTED (name-switch): a second list of adapters that drifts from the registry.
	switch name {
`, reg)
	for i, pk := range picks {
		c := fmt.Sprintf("%q", adapterName(pk.p, pk.k))
		if i == 0 && pk.k%2 == 0 {
			c = fmt.Sprintf("%s.NameA%d", pk.p.name(), pk.k)
		}
		fmt.Fprintf(&b, "\tcase %s:\n\t\treturn %s\n", c, ctor(pk.p.name(), pk.k))
	}
	fmt.Fprintf(&b, `	}
	return nil
}

// Lookup returns the adapter registered under name: the right way.
func Lookup(name string) (%[1]s.Adapter, error) {
	return %[2]s.InitRegistry().Get(name)
}

// Speed maps a mode to a speed; its strings are no adapter names.
func Speed(mode string) int {
	switch mode {
	case "fast":
		return 2
	case "slow":
		return 1
	}
	return 0
}
`, reg, wire)
	g.planted["name-switch"]++
	g.file("legacy/"+name+"/"+name+".go", b.String())
}

// filler writes filler package lib/fNNNN: ordinary code that imports
// nothing registrylint cares about.
func (g *gen) filler(i int) {
	name := g.fillerName(i)
	var local []string
	for _, j := range g.imports[i] {
		local = append(local, g.fillerPath(j))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s is filler code of the generated corpus: it imports nothing\n// registrylint cares about.\npackage %s\n\n", name, name)
	b.WriteString(importBlock([]string{"errors", "fmt", "sort", "strings"}, local))
	fmt.Fprintf(&b, `
// ErrUnknown is returned for unknown words and operations.
var ErrUnknown = errors.New("%[1]s: unknown")

// Item is a record kept by a Store.
type Item struct {
	Key   string
	Value int
	Tags  []string
}

// Store keeps items by key.
type Store struct {
	items map[string]Item
	order []string
}

// NewStore returns an empty Store.
func NewStore() *Store { return &Store{items: make(map[string]Item)} }

// Name looks like an adapter's name method, but Store implements no
// adapter interface.
func (s *Store) Name() string { return %[1]q }

// Put adds or replaces it.
func (s *Store) Put(it Item) {
	if _, ok := s.items[it.Key]; !ok {
		s.order = append(s.order, it.Key)
	}
	s.items[it.Key] = it
}

// Keys returns the keys, sorted.
func (s *Store) Keys() []string {
	keys := append([]string(nil), s.order...)
	sort.Strings(keys)
	return keys
}

// Tagged returns the items that carry tag, in key order.
func (s *Store) Tagged(tag string) []Item {
	var out []Item
	for _, k := range s.Keys() {
		it := s.items[k]
		for _, t := range it.Tags {
			if strings.EqualFold(t, tag) {
				out = append(out, it)
				break
			}
		}
	}
	return out
}

// Kind classifies a word.
func Kind(word string) (int, error) {
	switch strings.ToLower(word) {
	case "alpha":
		return 1, nil
	case "beta":
		return 2, nil
	case "gamma":
		return 3, nil
	}
	return 0, fmt.Errorf("%%w: word %%q", ErrUnknown, word)
}

// Level names the size of n.
func Level(n int) string {
	if n < 10 {
		return "low"
	} else if n < 100 {
		return "mid"
	} else if n < 1000 {
		return "high"
	}
	return "huge"
}

// ops are the operations Apply knows.
var ops = map[string]func(int) int{
	"double": func(n int) int { return 2 * n },
	"square": func(n int) int { return n * n },
	"negate": func(n int) int { return -n },
}

// Apply applies the operation op to n.
func Apply(op string, n int) (int, error) {
	f, ok := ops[op]
	if !ok {
		return 0, fmt.Errorf("%%w: operation %%q", ErrUnknown, op)
	}
	return f(n), nil
}

// Sum adds n to what the packages this one imports make of it.
func Sum(n int) int {
	total := n
`, name)
	for _, j := range g.imports[i] {
		fmt.Fprintf(&b, "\ttotal += len(%s.Level(n))\n", g.fillerName(j))
	}
	b.WriteString("\treturn total\n}\n")
	g.file("lib/"+name+"/"+name+".go", b.String())

	// A second file of varying size.
	units := 1 + int(hash(uint64(i), 100)%5)
	var m strings.Builder
	fmt.Fprintf(&m, "package %s\n\n", name)
	m.WriteString(importBlock([]string{"strconv", "strings"}, nil))
	for u := range units {
		fmt.Fprintf(&m, `
// Record%[1]d is a parsed line of format %[1]d.
type Record%[1]d struct {
	Fields []string
	Count  int
}

// ParseRecord%[1]d parses a comma-separated line.
func ParseRecord%[1]d(line string) (Record%[1]d, error) {
	fields := strings.Split(line, ",")
	r := Record%[1]d{Fields: fields}
	for _, f := range fields {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return r, err
		}
		r.Count += n
	}
	return r, nil
}

// String formats r.
func (r Record%[1]d) String() string {
	var b strings.Builder
	for i, f := range r.Fields {
		if i > 0 {
			b.WriteString(";")
		}
		b.WriteString(f)
	}
	return b.String() + "=" + strconv.Itoa(r.Count)
}

// Weight%[1]d weighs r.
func Weight%[1]d(r Record%[1]d) int {
	weights := []int{%[2]d, %[3]d, %[4]d}
	w := 0
	for i := range r.Fields {
		w += weights[i%%len(weights)]
	}
	return w
}
`, u, 1+u, 2+u, 3+u)
	}
	g.file("lib/"+name+"/records.go", m.String())

	if i%4 == 3 {
		g.file("lib/"+name+"/"+name+"_test.go", fmt.Sprintf(`package %s

import "testing"

func TestKind(t *testing.T) {
	if k, err := Kind("Beta"); err != nil || k != 2 {
		t.Errorf("Kind(Beta) = %%d, %%v; want 2, nil", k, err)
	}
}

func TestLevel(t *testing.T) {
	for n, want := range map[int]string{1: "low", 50: "mid", 500: "high", 5000: "huge"} {
		if got := Level(n); got != want {
			t.Errorf("Level(%%d) = %%q; want %%q", n, got, want)
		}
	}
}
`, name))
	}
}

// mainPackage writes the main package, which links in every wiring and
// legacy package and every filler package that no other imports.
func (g *gen) mainPackage() {
	imported := make([]bool, g.cfg.Filler)
	for _, deps := range g.imports {
		for _, j := range deps {
			imported[j] = true
		}
	}
	var local, body []string
	for i, used := range imported {
		if !used {
			local = append(local, g.fillerPath(i))
			body = append(body, fmt.Sprintf("\tfmt.Println(%s.Sum(%d))", g.fillerName(i), i))
		}
	}
	for r := range g.cfg.Registries {
		local = append(local, fmt.Sprintf("%s/legacy/l%02d", g.cfg.Module, r), fmt.Sprintf("%s/wire/w%02d", g.cfg.Module, r))
		body = append(body, fmt.Sprintf("\tfmt.Println(w%02d.InitRegistry().Names(), l%02d.Speed(\"fast\"))", r, r))
	}
	var b strings.Builder
	b.WriteString("// Command corpus links the generated packages into one program.\npackage main\n\n")
	b.WriteString(importBlock([]string{"fmt"}, local))
	b.WriteString("\nfunc main() {\n" + strings.Join(body, "\n") + "\n}\n")
	g.file("main.go", b.String())
}
