package scaffold

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/registrylint/registrylint/internal/edit"
	"github.com/registrylint/registrylint/internal/gomod"
	"github.com/registrylint/registrylint/internal/inventory"
	"github.com/registrylint/registrylint/internal/stdlib"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/model"

	"golang.org/x/mod/module"
	"golang.org/x/tools/go/analysis"
)

// Options describe the adapter that `registrylint new` writes.
type Options struct {
	Registry    string // the adapter interface: "import/path.Name" or "pkg.Name"
	Name        string // the adapter's Go type name, e.g. MyTTS
	Description string // what its Description method returns, if it has one
	Dir         string // absolute directory for its file; "" to follow the siblings
	Test        bool   // also write a test of its name
}

// A Scaffold is what `registrylint new` writes: new files, and edits of
// existing files (the registration, an import) in the file set of the
// analyzed packages.
type Scaffold struct {
	Files map[string][]byte // new files, by absolute path
	Edits []analysis.TextEdit
	Fset  *token.FileSet
	Type  string // the new adapter, "import/path.Name"
	Key   string // its name
	// Named reports whether the registry knows the new adapter by Key
	// (its name method, a map key, a name argument, or the metadata of a
	// modelled start-up method returns it).
	Named bool
	// Notes name the options that could not be honoured and what is left
	// to do, one line each, for stderr.
	Notes []string
}

// sibling is an existing adapter of the registry.
type sibling struct {
	info model.AdapterInfo
	m    *Model
	obj  *types.TypeName
	dir  string
}

// New plans a new adapter of a registry that the given models (the
// model analyzer's results on the analyzed packages) see: a file with a
// stub of every method of the interface (the start-up methods modelled on
// the nearest sibling's), a unique name in the siblings' style, the
// siblings' layout, constructor form and base type, and its registration,
// made by the same edit code as -fix. Options it cannot honour are named
// in the result's Notes.
func New(pkgModels []*model.Model, opts Options) (*Scaffold, error) {
	models := make([]*Model, len(pkgModels))
	for i, m := range pkgModels {
		if m != nil {
			models[i] = &Model{Model: &edit.Model{Model: m}}
		}
	}
	if !token.IsIdentifier(opts.Name) || !token.IsExported(opts.Name) {
		return nil, fmt.Errorf("-name %q: want an exported Go identifier, e.g. MyTTS", opts.Name)
	}
	if pathName(opts.Name) == "" {
		return nil, fmt.Errorf("-name %s: its package, file and name are written in ASCII, and none of its letters has an ASCII form; choose a -name with Latin letters", opts.Name)
	}
	r, rm, err := findRegistry(models, opts.Registry)
	if err != nil {
		return nil, err
	}
	var sibs []sibling
	seen := make(map[string]bool)
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		bases := m.VisibleAdapters().Bases
		for _, a := range m.Adapters {
			if seen[a.Info.Type] || bases[a.Info.Type] || !containsKey(a.Info.Registries, r.Info.Key) {
				continue
			}
			seen[a.Info.Type] = true
			sibs = append(sibs, sibling{info: a.Info, m: m, obj: a.Obj, dir: filepath.Dir(m.Pass().Fset.File(a.Obj.Pos()).Name())})
		}
	}
	sort.Slice(sibs, func(i, j int) bool { return sibs[i].info.Type < sibs[j].info.Type })
	sc := &Scaffold{Files: make(map[string][]byte), Fset: rm.Pass().Fset}

	// Layout: a package per adapter, or a file in a shared package.
	dir, pkgPath, pkgName, file, own, err := layout(models, r, rm, sibs, opts)
	if err != nil {
		return nil, err
	}
	if pkgName == "main" {
		return nil, fmt.Errorf("%s is a command (package main): no package can import it to register %s; give another -dir", dir, opts.Name)
	}
	if own || modelOfPath(models, pkgPath) == nil {
		if err := module.CheckImportPath(pkgPath); err != nil {
			return nil, fmt.Errorf("-name %s: the new package's path is not a valid import path (%v); give another -name, or -dir", opts.Name, err)
		}
	}
	shared := pkgPath != path.Join(path.Dir(pkgPath), pathName(opts.Name)) || hasSibling(sibs, pkgPath)
	sc.Type = pkgPath + "." + opts.Name

	// The name, in the siblings' style, and free.
	bySib, taken := siblingNames(models, r, sibs)
	near := nearest(sibs, pkgPath)
	nearName := ""
	for _, s := range near {
		if n := bySib[s.info.Type]; n != "" {
			nearName = n
			break
		}
	}
	var names []string
	for _, t := range taken {
		if !slices.Contains(names, t.name) {
			names = append(names, t.name)
		}
	}
	key := newKey(opts.Name, names, nearName)
	for _, t := range taken {
		if t.name == key {
			return nil, fmt.Errorf("the name %q is taken by %s; choose another -name", key, t.where)
		}
	}
	sc.Key = key
	if _, exists := sc.Files[file]; exists || config.IsFile(file) {
		return nil, fmt.Errorf("%s exists; registrylint new never overwrites a file", file)
	}
	if err := checkFree(models, sibs, opts, dir, pkgPath, own); err != nil {
		return nil, err
	}

	// The registration: central in the init function, self in an init()
	// of the new file.
	ctor := constructorName(sibs, opts.Name, shared)
	var in *model.RegistryInit
	var im *Model
	if r.Info.Policy == config.PolicyCentral {
		in, im = registryInitOf(models, r)
		if in == nil {
			return nil, fmt.Errorf("%s has no init function among the analyzed packages to register %s in; mark one with //registrylint:init, or analyze its package too", r.Info.Key, opts.Name)
		}
	}
	factory := registersFactories(in, r)
	var factoryType types.Type
	if factory {
		factoryType = factoryTypeOf(im, in, r)
		if w, wt := im.WrappedFactory(im.majorityLike(in, r).Expr); w != nil {
			factoryType = returningInterface(wt, r)
		}
		ctor = "New"
		if shared {
			ctor = "New" + opts.Name
		}
	}

	// What the new file declares depends on what the registry reads.
	iface := model.QualifiedObj(r.Obj, nil)
	nameMethod := hasStringMethod(r.Iface, r.Info.NameMethod)
	var selfFn *types.Func
	var selfSib *model.RegisterCall // policy self: the siblings' own self-registration to imitate
	var selfSibModel *Model
	if r.Info.Policy == config.PolicySelf {
		if selfFn = registerFuncFor(rm, r); selfFn == nil {
			// node_exporter's registerCollector(name, enabled, factory):
			// register as a sibling in the same package does.
			if selfSib, selfSibModel = siblingSelfCall(models, r, pkgPath); selfSib == nil {
				return nil, fmt.Errorf("%s (policy self) has no register function that takes an adapter alone, and no adapter of package %s registers itself in a func init() to imitate; nothing to call from func init()", r.Info.Key, pkgPath)
			}
			if selfSib.Factory {
				factoryType = selfSibModel.Pass().TypesInfo.TypeOf(selfSib.Arg)
				ctor = "New"
				if shared {
					ctor = "New" + opts.Name
				}
			}
		}
	}
	// A package that imports the registering package cannot be imported
	// by it.
	if in != nil && im.Pass().Pkg.Path() != pkgPath {
		if chain := importChain(models, pkgPath, im.Pass().Pkg.Path()); chain != "" {
			return nil, fmt.Errorf("%s imports %s (%s), so that package cannot import it back to register %s; give another -dir", pkgPath, im.Pass().Pkg.Path(), chain, opts.Name)
		}
	}
	keyedByConst := in != nil && im.InsertionPlan(in, r).KeyedByConstants
	nameConst := ""
	if nameMethod || keyedByConst || selfFn != nil && selfFn.Signature().Params().Len() == 2 {
		nameConst = "Name"
		if pkgName != pathName(opts.Name) {
			nameConst = opts.Name + "Name"
		}
	}
	// The constructor and the name constant must not be the type.
	if ctor == opts.Name {
		ctor = "New" + opts.Name
	}
	if nameConst == opts.Name {
		nameConst = opts.Name + "Name"
	}
	if m := modelOfPath(models, pkgPath); m != nil {
		for _, n := range []string{ctor, nameConst} {
			if n != "" && m.Pass().Pkg.Scope().Lookup(n) != nil {
				return nil, fmt.Errorf("package %s already declares %s, which the new adapter %s needs; choose another -name", pkgPath, n, opts.Name)
			}
		}
	}
	if opts.Description != "" && !hasStringMethod(r.Iface, "Description") {
		sc.Notes = append(sc.Notes, fmt.Sprintf("-description ignored: %s has no description method (Description() string)", iface))
	}
	if opts.Test && !nameMethod {
		sc.Notes = append(sc.Notes, fmt.Sprintf("-test ignored: %s has no name method (%s() string) to test", iface, r.Info.NameMethod))
		opts.Test = false
	}

	sp := adapterSpec{
		r: r, rm: rm, opts: opts, pkgName: pkgName, pkgPath: pkgPath, key: key, ctor: ctor, nameConst: nameConst,
		base: commonBase(sibs), factoryType: factoryType, selfFn: selfFn,
	}
	sp.called = calledByRegistry(models, r)
	// The siblings' names live in a names package: the new one too.
	if nameConst != "" {
		if np := findNamesPackage(models, sibs, bySib, opts.Name, key); np != nil {
			if e, ok := np.edit(key); ok {
				sc.Edits = append(sc.Edits, e)
				sp.namePkg, sp.nameIdent = np.pkg, np.ident
			}
		}
	}
	sp.recv = receiverName(opts.Name, r.Iface, newFileNames(r, pkgPath))
	if selfSib != nil {
		call, ok := selfSibModel.selfCallFor(selfSib, key, opts.Name, ctor)
		if !ok {
			return nil, fmt.Errorf("cannot write a registration of %s like %s's; nothing to call from func init()", opts.Name, model.ShortExpr(selfSibModel.Pass().Fset, selfSib.Call))
		}
		sp.selfCall = call
	}
	src, from, err := writeModelled(models, sp, near, bySib, file)
	if err != nil {
		return nil, err
	}
	sc.Notes = append(sc.Notes, from...)
	sc.Files[file] = src
	if opts.Test {
		sc.Files[strings.TrimSuffix(file, ".go")+"_test.go"] = writeNameTest(pkgName, opts.Name, r.Info.NameMethod, nameConst)
	}

	if in != nil {
		edits, err := registrationEdits(im, sibs, in, r, pkgPath, pkgName, opts.Name, key, ctor, nameConst, factory)
		if err != nil {
			return nil, err
		}
		sc.Edits = append(sc.Edits, edits...)
		sc.Fset = im.Pass().Fset
	}
	agg := r.Info.Aggregator
	if r.Info.Policy == config.PolicySelf && agg == "" && !hasSibling(sibs, pkgPath) {
		// A new package that nothing imports never runs its init():
		// import it where the siblings' packages are imported.
		agg = siblingsImporter(models, sibs)
		if agg == "" {
			return nil, fmt.Errorf("no analyzed package imports the packages of %s's adapters, so a new package's init() would never run; set aggregator: for the registry, or analyze the package that imports them", r.Info.Key)
		}
	}
	if r.Info.Policy == config.PolicySelf && agg != "" && agg != pkgPath {
		found := false
		for _, m := range models {
			if m == nil || m.Pass().Pkg.Path() != agg || len(m.Pass().Files) == 0 {
				continue
			}
			f := m.Pass().Files[0]
			sc.Edits = append(sc.Edits, m.AddImportEdit(f, m.Source(f.Pos()), "_ "+strconv.Quote(pkgPath)))
			sc.Fset = m.Pass().Fset
			found = true
			break
		}
		if !found {
			return nil, fmt.Errorf("the aggregator %s of %s is not among the analyzed packages; analyze it too, so that it imports the new package", agg, r.Info.Key)
		}
	}
	if err := verify(models, sc, pkgPath); err != nil {
		return nil, fmt.Errorf("the new adapter %s would not build, so nothing was written: %v", opts.Name, err)
	}
	sc.Named = nameConst != "" || in != nil && registrationKeyed(im, in, r) || modelledName(src, key)
	return sc, nil
}

// modelledName reports whether the new file holds the name (a modelled
// start-up method writes it).
func modelledName(src []byte, key string) bool {
	return strings.Contains(string(src), strconv.Quote(key))
}

// registrationKeyed reports whether in registers r's adapters in a map
// keyed by name.
func registrationKeyed(m *Model, in *model.RegistryInit, r *model.Registry) bool {
	p := m.InsertionPlan(in, r)
	return p.Like != nil && model.IsKeyed(p.Like.Elt)
}

// hasStringMethod reports whether iface has a method name() string.
func hasStringMethod(iface *types.Interface, name string) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		if m.Name() != name {
			continue
		}
		sig := m.Signature()
		return sig.Params().Len() == 0 && sig.Results().Len() == 1 && model.IsString(sig.Results().At(0).Type())
	}
	return false
}

// checkFree refuses a type name that the new adapter's package declares,
// and a package of its own whose directory exists.
func checkFree(models []*Model, sibs []sibling, opts Options, dir, pkgPath string, own bool) error {
	for _, m := range models {
		if m != nil && m.Pass().Pkg.Path() == pkgPath && m.Pass().Pkg.Scope().Lookup(opts.Name) != nil {
			return fmt.Errorf("package %s already declares %s; choose another -name", pkgPath, opts.Name)
		}
	}
	// A sibling of the same type name in a package of the same name (a
	// second gzip.Gzip elsewhere) is the same adapter to a reader.
	for _, s := range sibs {
		if s.obj.Name() == opts.Name && (s.m.Pass().Pkg.Path() == pkgPath || own && s.m.Pass().Pkg.Name() == path.Base(pkgPath)) {
			return fmt.Errorf("%s is taken by %s.%s (%s); choose another -name", opts.Name, s.m.Pass().Pkg.Name(), s.obj.Name(), s.info.Posn)
		}
	}
	if own {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return fmt.Errorf("the directory %s exists (package %s); a new adapter's package must not join another's: choose another -name, or give -dir", dir, pkgPath)
		}
	}
	return nil
}

// writeModelled writes the new adapter, its start-up methods modelled on
// the nearest sibling whose methods carry over and type-check; when none
// does, they are stubs, and a note says so.
func writeModelled(models []*Model, sp adapterSpec, near []sibling, bySib map[string]string, file string) ([]byte, []string, error) {
	var startup []*types.Func
	for i := 0; i < sp.r.Iface.NumMethods(); i++ {
		if meth := sp.r.Iface.Method(i); isStartup(meth, sp.r.Info.NameMethod, sp.called) {
			startup = append(startup, meth)
		}
	}
	var failed []string
	if len(startup) > 0 {
		for _, s := range near {
			sp.like = s
			sp.sibName = bySib[s.info.Type]
			src, modelled, err := writeAdapter(sp)
			if err != nil {
				return nil, nil, err
			}
			if !modelled {
				continue
			}
			prefer := []*Model{s.m, sp.rm}
			if err := typeCheck(models, prefer, sp.pkgPath, file, src); err != nil {
				failed = append(failed, fmt.Sprintf("%s (%v)", s.obj.Name(), err))
				continue
			}
			return src, nil, nil
		}
	}
	sp.like = sibling{}
	src, _, err := writeAdapter(sp)
	if err != nil {
		return nil, nil, err
	}
	var notes []string
	if len(startup) > 0 {
		var names []string
		for _, m := range startup {
			names = append(names, m.Name())
		}
		why := "no sibling declares them"
		if len(failed) > 0 {
			why = "the siblings' do not carry over: " + strings.Join(failed, "; ")
		}
		notes = append(notes, fmt.Sprintf("%s of %s return zero values that the program may read at start-up; fill them in before it runs (%s)", strings.Join(names, ", "), sp.opts.Name, why))
	}
	return src, notes, nil
}

// siblingsImporter returns the package that imports the siblings'
// packages: the aggregator [InferAggregator] finds among blank imports,
// else among all imports; "" when no package imports most of them.
func siblingsImporter(models []*Model, sibs []sibling) string {
	var pkgs []string
	for _, s := range sibs {
		if p := s.m.Pass().Pkg.Path(); !slices.Contains(pkgs, p) {
			pkgs = append(pkgs, p)
		}
	}
	pkgModels := make([]*model.Model, 0, len(models))
	for _, m := range models {
		if m != nil {
			pkgModels = append(pkgModels, m.Model.Model)
		}
	}
	imp := inventory.ImportsOf(pkgModels)
	if agg := model.InferAggregator(imp.Blank, pkgs); agg != "" {
		return agg
	}
	all := make(map[string][]string)
	for p, set := range imp.Imports {
		all[p] = inventory.SortedMapKeys(set)
	}
	if agg := model.InferAggregator(all, pkgs); agg != "" || len(pkgs) != 1 {
		return agg
	}
	// One sibling package: the first package that imports it.
	for _, p := range inventory.SortedMapKeys(all) {
		if slices.Contains(all[p], pkgs[0]) {
			return p
		}
	}
	return ""
}

// findRegistry finds the registry named by name ("path.Name", or
// "pkg.Name" when only one registry has that short name).
func findRegistry(models []*Model, name string) (*model.Registry, *Model, error) {
	type found struct {
		r *model.Registry
		m *Model
	}
	byKey := make(map[string]found)
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		for _, r := range m.Registries {
			if f, ok := byKey[r.Info.Key]; !ok || r.Local && !f.r.Local {
				byKey[r.Info.Key] = found{r, m}
			}
		}
	}
	var matches []found
	var all []string
	for _, key := range inventory.SortedMapKeys(byKey) {
		f := byKey[key]
		all = append(all, key)
		if key == name || f.r.Obj.Pkg().Name()+"."+f.r.Obj.Name() == name {
			matches = append(matches, f)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0].r, matches[0].m, nil
	case 0:
		return nil, nil, fmt.Errorf("no registry %q among the analyzed packages (registries: %s)", name, strings.Join(all, ", "))
	}
	var keys []string
	for _, f := range matches {
		keys = append(keys, f.r.Info.Key)
	}
	return nil, nil, fmt.Errorf("%q is ambiguous: %s; give the full import path", name, strings.Join(keys, ", "))
}

// layout decides where the new adapter goes, following the majority of
// its siblings: a package of its own beside theirs, or a file in their
// shared package.
func layout(models []*Model, r *model.Registry, rm *Model, sibs []sibling, opts Options) (dir, pkgPath, pkgName, file string, own bool, err error) {
	lower := pathName(opts.Name)
	perPkg := make(map[string]int) // adapters per package
	for _, s := range sibs {
		p, _, _ := config.SplitPkgName(s.info.Type)
		perPkg[p]++
	}
	nOwn, nShared := 0, 0
	parents := make(map[string]int)
	sharedPkgs := make(map[string]int)
	for _, s := range sibs {
		p, _, _ := config.SplitPkgName(s.info.Type)
		if perPkg[p] == 1 && p != r.Obj.Pkg().Path() {
			nOwn++
			parents[path.Dir(p)+"\x00"+filepath.Dir(s.dir)]++
		} else {
			nShared++
			sharedPkgs[p+"\x00"+s.dir+"\x00"+s.m.Pass().Pkg.Name()]++
		}
	}
	dirOf := func(p string) string { return rm.dirOfPath(p) }
	switch {
	case opts.Dir != "":
		for _, s := range sibs {
			if s.dir == opts.Dir {
				p, _, _ := config.SplitPkgName(s.info.Type)
				return s.dir, p, s.m.Pass().Pkg.Name(), filepath.Join(s.dir, snake(opts.Name)+".go"), false, nil
			}
		}
		p, ok := rm.pathOfDir(opts.Dir)
		if !ok {
			return "", "", "", "", false, fmt.Errorf("-dir %s is not inside the module of %s", opts.Dir, r.Info.Key)
		}
		// A directory that holds a package already: the adapter joins it,
		// under its name.
		name, err := packageNameOf(models, opts.Dir)
		if err != nil {
			return "", "", "", "", false, err
		}
		if name != "" {
			return opts.Dir, p, name, filepath.Join(opts.Dir, snake(opts.Name)+".go"), false, nil
		}
		return opts.Dir, p, lower, filepath.Join(opts.Dir, lower+".go"), false, nil
	case nOwn >= nShared && nOwn > 0:
		best := mostCommon(parents)
		parentPath, parentDir, _ := strings.Cut(best, "\x00")
		dir = filepath.Join(parentDir, lower)
		return dir, parentPath + "/" + lower, lower, filepath.Join(dir, lower+".go"), true, nil
	case nShared > 0:
		parts := strings.Split(mostCommon(sharedPkgs), "\x00")
		return parts[1], parts[0], parts[2], filepath.Join(parts[1], snake(opts.Name)+".go"), false, nil
	}
	// No siblings: a package of its own below the interface's package.
	ip := r.Obj.Pkg().Path()
	d := dirOf(ip)
	if d == "" {
		return "", "", "", "", false, fmt.Errorf("cannot tell where %s's package is; give -dir", r.Info.Key)
	}
	dir = filepath.Join(d, lower)
	return dir, ip + "/" + lower, lower, filepath.Join(dir, lower+".go"), true, nil
}

// dirOfPath returns the directory of the package with import path p, when
// it is this package or shares its module root, or "".
func (m *Model) dirOfPath(p string) string {
	root, mod := m.moduleRoot()
	if root == "" {
		return ""
	}
	if p == mod {
		return root
	}
	if rest, ok := strings.CutPrefix(p, mod+"/"); ok {
		return filepath.Join(root, filepath.FromSlash(rest))
	}
	return ""
}

// pathOfDir returns the import path of directory dir inside this
// package's module.
func (m *Model) pathOfDir(dir string) (string, bool) {
	root, mod := m.moduleRoot()
	if root == "" {
		return "", false
	}
	if !gomod.Within(dir, root) {
		return "", false
	}
	rel, _ := filepath.Rel(root, dir)
	if rel == "." {
		return mod, true
	}
	return mod + "/" + filepath.ToSlash(rel), true
}

// moduleRoot returns the root directory and path of this package's module.
// An analysis pass has the module's path but not its directory (go list's
// Module.Dir), so the root is the package's directory less as many
// elements as its import path has below the module path: right also for
// a vendored package, where walking up to a go.mod file is not.
func (m *Model) moduleRoot() (root, mod string) {
	if m.Pass().Module == nil || len(m.Pass().Files) == 0 {
		return "", ""
	}
	mod = m.Pass().Module.Path
	dir := filepath.Dir(m.Pass().Fset.File(m.Pass().Files[0].Pos()).Name())
	rel := strings.TrimPrefix(strings.TrimPrefix(m.Pass().Pkg.Path(), mod), "/")
	if rel == "" {
		return dir, mod
	}
	root = dir
	for range strings.Split(rel, "/") {
		root = filepath.Dir(root)
	}
	return root, mod
}

func mostCommon(counts map[string]int) string {
	best, n := "", -1
	for _, k := range inventory.SortedMapKeys(counts) {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

func hasSibling(sibs []sibling, pkgPath string) bool {
	for _, s := range sibs {
		if p, _, _ := config.SplitPkgName(s.info.Type); p == pkgPath {
			return true
		}
	}
	return false
}

func containsKey(keys []string, key string) bool {
	for _, k := range keys {
		if k == key {
			return true
		}
	}
	return false
}

// constructorName follows the siblings: New (own package) or NewName
// (shared package) when most of them have a no-argument constructor, else
// none.
func constructorName(sibs []sibling, name string, shared bool) string {
	with := 0
	for _, s := range sibs {
		if s.info.Constructor != "" {
			with++
		}
	}
	if len(sibs) > 0 && with*2 < len(sibs) {
		return ""
	}
	if shared {
		return "New" + name
	}
	return "New"
}

// commonBase returns the type that most siblings embed ("path.Name"), or
// "".
func commonBase(sibs []sibling) string {
	counts := make(map[string]int)
	for _, s := range sibs {
		for _, e := range s.info.Embeds {
			counts[e]++
		}
	}
	best := mostCommon(counts)
	if best == "" || counts[best]*2 <= len(sibs) {
		return ""
	}
	return best
}

// registryInitOf returns the first init function of registry r among the models.
func registryInitOf(models []*Model, r *model.Registry) (*model.RegistryInit, *Model) {
	for _, m := range models {
		if m == nil || !m.SeesRegistry() {
			continue
		}
		for _, in := range m.RegistryInits {
			for _, ir := range in.Registries {
				if ir.Info.Key == r.Info.Key {
					return in, m
				}
			}
		}
	}
	return nil, nil
}

// registersFactories reports whether the init function registers r's
// adapters as factories.
func registersFactories(in *model.RegistryInit, r *model.Registry) bool {
	if in == nil {
		return false
	}
	for _, reg := range in.Registrations {
		if reg.Registry.Info.Key == r.Info.Key {
			return reg.Call != nil && reg.Call.Factory || reg.List != nil && reg.List.Factory
		}
	}
	return false
}

// factoryTypeOf returns the type of the factories that in registers.
func factoryTypeOf(m *Model, in *model.RegistryInit, r *model.Registry) types.Type {
	for _, reg := range in.Registrations {
		if reg.Registry.Info.Key == r.Info.Key {
			if t := m.Pass().TypesInfo.TypeOf(reg.Expr); t != nil {
				if reg.Call != nil {
					sig := reg.Call.Callee.Signature()
					_, i, _ := m.AdapterParam(sig)
					if i >= 0 {
						return sig.Params().At(i).Type()
					}
				}
				if reg.List != nil {
					if elem := model.ListElem(m.Pass().TypesInfo, reg.List.Lit); elem != nil {
						return elem
					}
				}
				return t
			}
		}
	}
	return nil
}

// registrationEdits registers the new adapter in init function in, as
// unregistered's fix would, importing its package.
func registrationEdits(m *Model, sibs []sibling, in *model.RegistryInit, r *model.Registry, pkgPath, pkgName, name, key, ctor, nameConst string, factory bool) ([]analysis.TextEdit, error) {
	file := m.FileOf(in.Name.Pos())
	src := m.Source(in.Name.Pos())
	if file == nil || src == nil {
		return nil, fmt.Errorf("cannot read the file of %s", in.Name.Name)
	}
	a := &model.VisibleAdapter{
		Info: model.AdapterInfo{Type: pkgPath + "." + name, Pointer: true, Name: key, NameKnown: true, Constructor: ctor},
		Pkg:  types.NewPackage(pkgPath, pkgName),
	}
	if factory {
		a.Factory = ctor
	}
	a.NameConst = nameConst
	var edits []analysis.TextEdit
	qual := ""
	if pkgPath != m.Pass().Pkg.Path() {
		var sibPaths []string
		for _, s := range sibs {
			sibPaths = append(sibPaths, s.m.Pass().Pkg.Path())
		}
		edit, q, err := m.importAs(file, src, pkgPath, pkgName, name, r.Obj.Name(), sibPaths)
		if err != nil {
			return nil, err
		}
		if edit != nil {
			edits = append(edits, *edit)
		}
		qual = q
	} else {
		a.Pkg = m.Pass().Pkg
	}
	like, place, text, ok := edit.NewRegistrationLike(m.Model, in, r, a, qual, m.majorityLike(in, r))
	if !ok {
		if like == nil {
			return nil, fmt.Errorf("%s registers no adapter of %s yet: no form to follow; register %s there by hand", in.Name.Name, r.Obj.Name(), name)
		}
		return nil, fmt.Errorf("no place in %s to add %s: every registration is inside a loop, a condition or a nested function", in.Name.Name, text)
	}
	if place.List != nil {
		if e, ok := m.listEntryEdit(src, place.List.Lit, text); ok {
			return append(edits, e), nil
		}
	}
	return append(edits, m.InsertAfter(src, place, text)), nil
}

// adapterSpec is what writeAdapter writes.
type adapterSpec struct {
	r           *model.Registry
	rm          *Model
	opts        Options
	pkgName     string
	pkgPath     string
	key         string
	ctor        string
	base        string          // "path.Name" of an embedded base, or ""
	factoryType types.Type      // the registry's factory type, or nil
	nameConst   string          // the constant that holds its name, "" for none
	selfFn      *types.Func     // policy self: the register function its func init() calls
	selfCall    string          // policy self without selfFn: the call its func init() makes, like its siblings'
	recv        string          // the receiver of its methods
	called      map[string]bool // the interface's methods that the registry calls
	namePkg     *types.Package  // the names package whose constant nameConst is, or nil
	nameIdent   string          // that constant
	like        sibling         // the sibling to model start-up methods on (obj nil: none)
	sibName     string          // model's name or ID, "" if unknown
}

// writeAdapter returns the gofmt-formatted source of the new adapter, and
// whether a start-up method is modelled on s.model.
func writeAdapter(s adapterSpec) ([]byte, bool, error) {
	imports := make(map[string]string) // path -> name
	qual := func(p *types.Package) string {
		if p == nil || p.Path() == s.pkgPath {
			return ""
		}
		imports[p.Path()] = p.Name()
		return p.Name()
	}
	name := s.opts.Name
	var body bytes.Buffer
	switch {
	case s.nameConst != "" && s.namePkg != nil:
		fmt.Fprintf(&body, "// %s is the name of the %s adapter in the registry.\nconst %s = %s.%s\n\n", s.nameConst, name, s.nameConst, qual(s.namePkg), s.nameIdent)
	case s.nameConst != "":
		fmt.Fprintf(&body, "// %s is the name of the %s adapter in the registry.\nconst %s = %q\n\n", s.nameConst, name, s.nameConst, s.key)
	}
	fmt.Fprintf(&body, "// %s is a %s.\n//\n// TODO: describe it.\ntype %s struct {\n", name, model.QualifiedObj(s.r.Obj, nil), name)
	var baseMethods *types.MethodSet
	if s.base != "" {
		bp, bn, _ := config.SplitPkgName(s.base)
		if obj := lookupType(s.rm, bp, bn); obj != nil {
			q := qual(obj.Pkg())
			if q != "" {
				q += "."
			}
			fmt.Fprintf(&body, "\t%s%s\n", q, obj.Name())
			baseMethods = types.NewMethodSet(types.NewPointer(obj.Type()))
		}
	}
	body.WriteString("}\n\n")
	fmt.Fprintf(&body, "var _ %s = (*%s)(nil)\n\n", types.TypeString(s.r.Obj.Type(), qual), name)

	// The constructor.
	switch {
	case s.factoryType != nil:
		sig, ok := s.factoryType.Underlying().(*types.Signature)
		if !ok {
			return nil, false, fmt.Errorf("the registry's factory type %s is not a function type", s.factoryType)
		}
		fmt.Fprintf(&body, "// %s makes a %s.\nfunc %s%s {\n\treturn &%s{}", s.ctor, name, s.ctor, signatureString(sig, qual, true), name)
		if sig.Results().Len() == 2 {
			body.WriteString(", nil")
		}
		body.WriteString("\n}\n\n")
	case s.ctor != "":
		fmt.Fprintf(&body, "// %s returns a new %s.\nfunc %s() *%s { return &%s{} }\n\n", s.ctor, name, s.ctor, name, name)
	}

	// The start-up methods, modelled on a sibling's.
	iface := s.r.Iface
	var mo *modelled
	if s.like.obj != nil {
		var startup []*types.Func
		for i := 0; i < iface.NumMethods(); i++ {
			if meth := iface.Method(i); isStartup(meth, s.r.Info.NameMethod, s.called) {
				startup = append(startup, meth)
			}
		}
		mo = modelOn(s.like, s, startup, qual)
	}

	// A stub of every other method of the interface that the base does
	// not provide.
	recv := s.recv
	for i := 0; i < iface.NumMethods(); i++ {
		meth := iface.Method(i)
		describe := meth.Name() == "Description" && s.opts.Description != ""
		if baseMethods != nil && baseMethods.Lookup(meth.Pkg(), meth.Name()) != nil && !describe {
			continue // the base provides it
		}
		if mo != nil && mo.methods[meth.Name()] != "" {
			body.WriteString(mo.methods[meth.Name()] + "\n")
			continue
		}
		sig := meth.Signature()
		fmt.Fprintf(&body, "// %s implements %s.\nfunc (%s *%s) %s%s {\n", meth.Name(), model.QualifiedObj(s.r.Obj, nil), recv, name, meth.Name(), signatureString(sig, qual, false))
		res := sig.Results()
		switch {
		case meth.Name() == s.r.Info.NameMethod && res.Len() == 1 && model.IsString(res.At(0).Type()) && s.nameConst != "":
			fmt.Fprintf(&body, "\treturn %s\n", s.nameConst)
		case meth.Name() == "Description" && res.Len() == 1 && model.IsString(res.At(0).Type()):
			desc := s.opts.Description
			if desc == "" {
				desc = "TODO: describe " + s.key
			}
			fmt.Fprintf(&body, "\treturn %q\n", desc)
		default:
			body.WriteString("\t// TODO: implement.\n")
			if res.Len() > 0 {
				var vals []string
				for j := 0; j < res.Len(); j++ {
					t := res.At(j).Type()
					if j == res.Len()-1 && model.IsError(t) {
						vals = append(vals, fmt.Sprintf("errors.New(%q)", s.key+": "+meth.Name()+" is not implemented"))
						imports["errors"] = "errors"
						continue
					}
					vals = append(vals, zeroValue(t, qual))
				}
				fmt.Fprintf(&body, "\treturn %s\n", strings.Join(vals, ", "))
			}
		}
		body.WriteString("}\n\n")
	}
	if mo != nil {
		for _, d := range mo.decls {
			body.WriteString(d + "\n\n")
		}
	}
	if s.selfCall != "" {
		fmt.Fprintf(&body, "func init() {\n\t%s\n}\n", s.selfCall)
	}
	if fn := s.selfFn; fn != nil {
		q := qual(fn.Pkg())
		if q != "" {
			q += "."
		}
		fmt.Fprintf(&body, "func init() { %s%s(", q, fn.Name())
		if fn.Signature().Params().Len() == 2 {
			fmt.Fprintf(&body, "%s, ", s.nameConst)
		}
		fmt.Fprintf(&body, "&%s{}) }\n", name)
	}

	var out bytes.Buffer
	if s.pkgName == pathName(name) {
		what := "the " + name + " adapter"
		if s.nameConst != "" {
			what = "the " + s.key + " adapter"
		}
		fmt.Fprintf(&out, "// Package %s is %s of %s.\npackage %s\n\n", s.pkgName, what, model.QualifiedObj(s.r.Obj, nil), s.pkgName)
	} else {
		fmt.Fprintf(&out, "package %s\n\n", s.pkgName)
	}
	if len(imports) == 1 {
		for p, n := range imports {
			if assumedName(p) == n {
				fmt.Fprintf(&out, "import %q\n\n", p)
			} else {
				fmt.Fprintf(&out, "import %s %q\n\n", n, p)
			}
		}
	} else if len(imports) > 0 {
		// Standard library first, then the rest, as goimports groups them.
		out.WriteString("import (\n")
		for i, std := range []bool{true, false} {
			group := 0
			for _, p := range inventory.SortedMapKeys(imports) {
				if stdlib.IsPath(p) != std {
					continue
				}
				if group == 0 && i == 1 && len(imports) > countStd(imports) && countStd(imports) > 0 {
					out.WriteString("\n")
				}
				group++
				if assumedName(p) == imports[p] {
					fmt.Fprintf(&out, "\t%q\n", p)
				} else {
					fmt.Fprintf(&out, "\t%s %q\n", imports[p], p)
				}
			}
		}
		out.WriteString(")\n\n")
	}
	out.Write(body.Bytes())
	src, err := format.Source(out.Bytes())
	if err != nil {
		return nil, false, fmt.Errorf("the new adapter does not parse: %v", err)
	}
	return src, mo != nil, nil
}

// countStd counts the standard-library paths among imports.
func countStd(imports map[string]string) int {
	n := 0
	for p := range imports {
		if stdlib.IsPath(p) {
			n++
		}
	}
	return n
}

// signatureString writes a signature without "func": parameters (named p0,
// p1, ... when the interface names none and names are needed) and results.
func signatureString(sig *types.Signature, qual types.Qualifier, named bool) string {
	var b strings.Builder
	params := sig.Params()
	b.WriteString("(")
	for i := 0; i < params.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		p := params.At(i)
		n := p.Name()
		if n == "" || n == "_" {
			n = "_"
			if named {
				n = "_"
			}
		}
		t := p.Type()
		if sig.Variadic() && i == params.Len()-1 {
			fmt.Fprintf(&b, "%s ...%s", n, types.TypeString(t.(*types.Slice).Elem(), qual))
			continue
		}
		fmt.Fprintf(&b, "%s %s", n, types.TypeString(t, qual))
	}
	b.WriteString(")")
	res := sig.Results()
	switch {
	case res.Len() == 1 && res.At(0).Name() == "":
		b.WriteString(" " + types.TypeString(res.At(0).Type(), qual))
	case res.Len() > 0:
		b.WriteString(" (")
		for i := 0; i < res.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			if n := res.At(i).Name(); n != "" {
				b.WriteString(n + " ")
			}
			b.WriteString(types.TypeString(res.At(i).Type(), qual))
		}
		b.WriteString(")")
	}
	return b.String()
}

// zeroValue returns the zero value of t as Go source.
func zeroValue(t types.Type, qual types.Qualifier) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false"
		case u.Info()&types.IsString != 0:
			return `""`
		case u.Info()&types.IsNumeric != 0:
			if _, named := types.Unalias(t).(*types.Named); named {
				return types.TypeString(t, qual) + "(0)"
			}
			return "0"
		}
		return "nil"
	case *types.Struct, *types.Array:
		return types.TypeString(t, qual) + "{}"
	case *types.Pointer:
		// A pointer to a named struct: an empty one, which its callers
		// can read, rather than nil.
		if _, named := types.Unalias(u.Elem()).(*types.Named); named {
			if _, ok := u.Elem().Underlying().(*types.Struct); ok {
				return "&" + types.TypeString(u.Elem(), qual) + "{}"
			}
		}
	}
	return "nil"
}

// lookupType finds the named type pkgPath.name among m's package and its
// imports.
func lookupType(m *Model, pkgPath, name string) *types.TypeName {
	p := m.ImportedPackage(pkgPath)
	if p == nil {
		return nil
	}
	obj, _ := p.Scope().Lookup(name).(*types.TypeName)
	return obj
}

// registerFuncFor returns a package-level register function of registry r
// that takes the adapter alone, or its name and the adapter.
func registerFuncFor(m *Model, r *model.Registry) *types.Func {
	for _, fn := range edit.PackageRegisterFuncs(m.Model, r) {
		_, i, factory := m.AdapterParam(fn.Signature())
		params := fn.Signature().Params()
		if i < 0 || factory {
			continue
		}
		if params.Len() == 1 || params.Len() == 2 && i == 1 && model.IsString(params.At(0).Type()) {
			return fn
		}
	}
	return nil
}

// writeNameTest returns a test of the new adapter's name.
func writeNameTest(pkgName, name, nameMethod, nameConst string) []byte {
	src := fmt.Sprintf(`package %s

import "testing"

func Test%[2]sName(t *testing.T) {
	if got := (&%[2]s{}).%[3]s(); got != %[4]s {
		t.Errorf("%[3]s() = %%q, want %%q", got, %[4]s)
	}
}
`, pkgName, name, nameMethod, nameConst)
	out, err := format.Source([]byte(src))
	if err != nil {
		return []byte(src)
	}
	return out
}

// kebab turns a Go name into the adapter's name: MyTTS -> my-tts,
// HTTPServer -> http-server.
func kebab(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			b.WriteByte('-')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// snake turns a Go name into a file name: MyTTS -> my_tts.
func snake(name string) string {
	return strings.ReplaceAll(kebab(ascii(name)), "-", "_")
}

// siblingSelfCall returns the last self-registration, in a func init() of
// package pkgPath, of one adapter of r by another register call than one
// taking the adapter alone (registerCollector(name, enabled, factory)),
// and the model of its package; nil when there is none.
func siblingSelfCall(models []*Model, r *model.Registry, pkgPath string) (*model.RegisterCall, *Model) {
	for _, m := range models {
		if m == nil || !m.SeesRegistry() || m.Pass().Pkg.Path() != pkgPath {
			continue
		}
		var last *model.RegisterCall
		for _, c := range m.Calls {
			if c.Registry.Info.Key == r.Info.Key && !c.Plumbing && model.IsPackageInit(c.Func) && len(c.Types) == 1 && !c.Unresolved && !m.IsTestFile(c.Call.Pos()) {
				last = c
			}
		}
		if last != nil {
			return last, m
		}
	}
	return nil, nil
}

// selfCallFor writes the register call of sibling call sib for a new
// adapter type name, named key, made by ctor when sib registers a factory:
// the adapter argument replaced, and a string argument that names the
// sibling (its constant name, or its type name less the same affixes)
// replaced by key.
func (m *Model) selfCallFor(sib *model.RegisterCall, key, name, ctor string) (string, bool) {
	sibAdapter := m.AdapterOf(sib.Types[0])
	if sibAdapter == nil {
		return "", false
	}
	value := "&" + name + "{}"
	if sib.Factory {
		value = ctor
	}
	return m.CallLike(sib, value, func(val string) (string, bool, bool) {
		_, _, derived := edit.Affixes(sibAdapter.Obj.Name(), val)
		if sibAdapter.Info.NameKnown && sibAdapter.Info.Name == val || derived {
			return strconv.Quote(key), false, true
		}
		return "", true, true // another string: kept as the sibling has it
	})
}

// newFileNames returns the package names that the new file of package
// pkgPath may import: the interface's package, the packages its methods
// name, and errors.
func newFileNames(r *model.Registry, pkgPath string) map[string]bool {
	names := map[string]bool{"errors": true}
	qual := func(p *types.Package) string {
		if p.Path() != pkgPath {
			names[p.Name()] = true
		}
		return p.Name()
	}
	qual(r.Obj.Pkg())
	for i := 0; i < r.Iface.NumMethods(); i++ {
		types.TypeString(r.Iface.Method(i).Type(), qual)
	}
	return names
}

// majorityLike returns the registration of r in in that a new one
// follows: the last of the form that most registrations of the same
// literal or register function share (a factory wrapped by one wrapper,
// FactoryAdapter(fts, New), or not wrapped), so that kube-scheduler's
// new plugin is wrapped like 21 of its 24 siblings even when the last
// entry is not; the plan's own model when no form has a majority.
func (m *Model) majorityLike(in *model.RegistryInit, r *model.Registry) *model.Registration {
	like := m.InsertionPlan(in, r).Like
	if like == nil {
		return nil
	}
	form := func(reg *model.Registration) string {
		w, _ := m.WrappedFactory(reg.Expr)
		if w == nil {
			return ""
		}
		call := ast.Unparen(reg.Expr).(*ast.CallExpr)
		return model.ShortExpr(m.Pass().Fset, call.Fun)
	}
	same := func(reg *model.Registration) bool {
		if reg.Registry.Info.Key != r.Info.Key || reg.Unresolved {
			return false
		}
		if like.List != nil {
			return reg.List == like.List
		}
		return reg.Call != nil && reg.Call.Stmt != nil && len(reg.Call.Call.Args) == 1 && reg.Call.Callee == like.Call.Callee
	}
	counts := make(map[string]int)
	total := 0
	for _, reg := range in.Registrations {
		if same(reg) {
			counts[form(reg)]++
			total++
		}
	}
	best := ""
	for f, n := range counts {
		if n*2 > total {
			best = f
		}
	}
	if n := counts[best]; n*2 <= total || form(like) == best && same(like) {
		return like
	}
	var last *model.Registration
	for _, reg := range in.Registrations {
		if same(reg) && form(reg) == best {
			last = reg
		}
	}
	if last == nil {
		return like
	}
	return last
}

// returningInterface returns factory type t with results of concrete
// adapter types made r's interface: a generic wrapper's argument
// (FactoryAdapter[T](fts, b.New) with b.New returning *b.B) gives the
// new factory's signature, which must return the new adapter, not B.
func returningInterface(t types.Type, r *model.Registry) types.Type {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return t
	}
	res := sig.Results()
	vars := make([]*types.Var, res.Len())
	changed := false
	for i := range vars {
		v := res.At(i)
		if _, isIface := v.Type().Underlying().(*types.Interface); !isIface && types.Implements(v.Type(), r.Iface) {
			v = types.NewVar(v.Pos(), v.Pkg(), v.Name(), r.Obj.Type())
			changed = true
		}
		vars[i] = v
	}
	if !changed {
		return t // what a factory type declares (kube-scheduler's PluginFactoryWithFts)
	}
	return types.NewSignatureType(nil, nil, nil, sig.Params(), types.NewTuple(vars...), sig.Variadic())
}
