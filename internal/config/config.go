package config

import (
	"errors"
	"fmt"
	"go/types"
	"os"
	"path"
	"strings"
	"unicode"

	"github.com/registrylint/registrylint/internal/escape"
	"github.com/registrylint/registrylint/internal/rules"

	"golang.org/x/mod/module"
)

// Config is the user configuration of registrylint (docs/manual.md, Configuration). The same
// schema is read from a YAML file by the command and from the
// linters.settings.custom.registrylint.settings section by golangci-lint.
type Config struct {
	// Registries declares registries by name, for code that cannot carry
	// directives.
	Registries []RegistryConfig `yaml:"registries" json:"registries"`
	// Disable lists rule IDs to turn off.
	Disable []string `yaml:"disable" json:"disable"`
	// IncludeTests applies the rules to _test.go files too.
	IncludeTests bool `yaml:"include-tests" json:"include-tests"`

	file  string         // the file it was read from, "" for settings
	lines map[string]int // the line of each key, for Where
}

// Where returns "file:line" of a key ("registries[1].init") of a
// configuration read from a file, so that a finding about a configuration
// entry names the place to edit; "" when unknown (golangci-lint settings).
func (c *Config) Where(key string) string {
	if c == nil || c.file == "" {
		return ""
	}
	for key != "" {
		if line, ok := c.lines[key]; ok {
			return fmt.Sprintf("%s:%d", c.file, line)
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return c.file
}

// RegistryConfig declares the roles of one registry, identified by its
// adapter interface.
type RegistryConfig struct {
	// Adapter is the adapter interface, as "import/path.Name".
	Adapter string `yaml:"adapter" json:"adapter"`
	// Init is the init function, as "path.Func" or "(*path.Type).Method".
	Init string `yaml:"init" json:"init"`
	// Register lists the register functions, in the same forms as Init.
	Register []string `yaml:"register" json:"register"`
	// NameMethod is the method that returns an adapter's name (default Name).
	NameMethod string `yaml:"name-method" json:"name-method"`
	// Policy is "central" (default) or "self".
	Policy string `yaml:"policy" json:"policy"`
	// Aggregator is, under policy self, the package that must import every
	// adapter package.
	Aggregator string `yaml:"aggregator" json:"aggregator"`
	// Packages restricts where adapters may live (go list patterns:
	// "path" or "path/...").
	Packages []string `yaml:"packages" json:"packages"`
	// Exclude lists types that are never adapters: a bare glob matches the
	// type name, a dotted one "path.Name".
	Exclude []string `yaml:"exclude" json:"exclude"`
}

// Policies.
const (
	PolicyCentral = "central"
	PolicySelf    = "self"
)

// LoadConfig reads and validates the YAML configuration file at filename.
// Each error is one line, "file:line: key: what is wrong, what is
// expected"; several errors are joined by newlines.
func LoadConfig(filename string) (*Config, error) {
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, readError(err)
	}
	cfg, err := parseConfig(filename, data)
	if cfg != nil {
		cfg.file = filename
	}
	return cfg, err
}

// readError is the error of a configuration file that cannot be read.
func readError(err error) error {
	return fmt.Errorf("config: %v", err)
}

// ParseConfig decodes YAML configuration strictly and validates it: the
// input must be one YAML document whose keys are those of [Config] (unknown
// keys, null entries, values of the wrong kind and a second document are
// errors).
func ParseConfig(data []byte) (*Config, error) {
	return parseConfig("config", data)
}

// parseConfig is [ParseConfig] with the file name to put in errors.
func parseConfig(file string, data []byte) (*Config, error) {
	cfg, ps := decodeFile(data)
	if err := ps.err(file); err != nil {
		return nil, err
	}
	return cfg, nil
}

// decodeFile decodes and validates the content of a configuration file;
// the configuration is nil when there are problems.
func decodeFile(data []byte) (*Config, problems) {
	d := newDecoder(false)
	cfg := d.decode(data)
	d.validate(cfg)
	if len(d.problems) > 0 {
		return nil, d.problems
	}
	cfg.lines = d.lines
	return cfg, nil
}

// Validate checks rule IDs, policies and names, and fills in defaults.
// Each error is one line naming the offending key.
func (c *Config) Validate() error {
	var errs []error
	for _, fe := range c.validate() {
		errs = append(errs, fmt.Errorf("%s: %s", fe.key, fe.msg))
	}
	return errors.Join(errs...)
}

// fieldError is a validation error of one configuration key.
type fieldError struct {
	key string // e.g. "registries[0].policy"
	msg string // what is wrong, what is expected
}

// validate returns the validation errors of c, in key order, and fills in
// defaults.
func (c *Config) validate() []fieldError {
	var errs []fieldError
	add := func(key, format string, args ...any) {
		errs = append(errs, fieldError{key, fmt.Sprintf(format, args...)})
	}
	for i, id := range c.Disable {
		if !rules.Known(id) {
			add(fmt.Sprintf("disable[%d]", i), "unknown rule %q, want one of %s", id, strings.Join(rules.IDs(), ", "))
		}
	}
	seen := make(map[string]int)
	for i := range c.Registries {
		r := &c.Registries[i]
		key := func(k string) string { return fmt.Sprintf("registries[%d].%s", i, k) }
		if r.Adapter == "" {
			add(key("adapter"), "required, want the adapter interface as import/path.Name")
		} else if _, _, ok := SplitPkgName(r.Adapter); !ok || escape.HasUnsafe(r.Adapter) {
			add(key("adapter"), "malformed name %q, want import/path.Name", r.Adapter)
		} else if j, dup := seen[r.Adapter]; dup {
			add(key("adapter"), "%q is already declared by registries[%d], want each adapter interface once", r.Adapter, j)
		} else {
			seen[r.Adapter] = i
		}
		if r.Init != "" {
			if _, ok := ParseFuncName(r.Init); !ok || escape.HasUnsafe(r.Init) {
				add(key("init"), "malformed name %q, want import/path.Func or (*import/path.Type).Method", r.Init)
			}
		}
		for j, name := range r.Register {
			if _, ok := ParseFuncName(name); !ok || escape.HasUnsafe(name) {
				add(fmt.Sprintf("%s[%d]", key("register"), j), "malformed name %q, want import/path.Func or (*import/path.Type).Method", name)
			}
		}
		if r.NameMethod == "" {
			r.NameMethod = "Name"
		} else if !IsIdent(r.NameMethod) {
			add(key("name-method"), "%q is not a Go identifier, want a method name such as Name", r.NameMethod)
		}
		switch r.Policy {
		case "":
			r.Policy = PolicyCentral
		case PolicyCentral, PolicySelf:
		default:
			add(key("policy"), "unknown policy %q, want %q or %q", r.Policy, PolicyCentral, PolicySelf)
		}
		if r.Aggregator != "" {
			if r.Policy != PolicySelf {
				add(key("aggregator"), "only meaningful with policy: self")
			} else if err := CheckPackagePath(r.Aggregator); err != nil {
				add(key("aggregator"), "%v", err)
			}
		}
		for j, p := range r.Packages {
			if !isPackagePattern(p) {
				add(fmt.Sprintf("%s[%d]", key("packages"), j), "malformed package pattern %q, want import/path or import/path/...", p)
			}
		}
		for j, p := range r.Exclude {
			if _, err := path.Match(p, ""); err != nil || p == "" || escape.HasUnsafe(p) {
				add(fmt.Sprintf("%s[%d]", key("exclude"), j), "malformed pattern %q, want a glob such as *Mock* or import/path.Name", p)
			}
		}
	}
	return errs
}

// isPackagePattern reports whether p is a package pattern of packages:
// "...", an import path, or an import path followed by "/...". A pattern
// is matched literally against import paths, so one that no import path
// can match ("[", "a/...b", a control character) is a mistake.
func isPackagePattern(p string) bool {
	if p == "..." {
		return true
	}
	prefix := strings.TrimSuffix(p, "/...")
	return !strings.Contains(prefix, "...") && module.CheckImportPath(prefix) == nil
}

// CheckPackagePath checks that p is a well-formed import path.
func CheckPackagePath(p string) error {
	if err := module.CheckImportPath(p); err != nil {
		return fmt.Errorf("malformed import path %q, want a package path such as example.com/app/drivers", p)
	}
	return nil
}

// RuleEnabled reports whether rule id is on.
func (c *Config) RuleEnabled(id string) bool {
	for _, d := range c.Disable {
		if d == id {
			return false
		}
	}
	return true
}

// Excludes reports whether the configuration of registry (its adapter
// interface, "import/path.Name") excludes the type typeKey
// ("import/path.Name"): a bare pattern matches the type's name, a dotted
// one its whole key. An excluded type is never an adapter, and no rule
// reports it.
func (c *Config) Excludes(registry, typeKey string) bool {
	pkg, name, ok := SplitPkgName(typeKey)
	if c == nil || !ok {
		return false
	}
	for _, r := range c.Registries {
		if r.Adapter != registry {
			continue
		}
		for _, pat := range r.Exclude {
			subject := name
			if strings.Contains(pat, ".") {
				subject = pkg + "." + name
			}
			if ok, _ := path.Match(pat, subject); ok {
				return true
			}
		}
	}
	return false
}

// MissingNames returns, for each name of the configuration (adapter,
// init, register) whose package lookup returns (a loaded package) but
// that holds no such object, a message "registries[i].key: ...". lookup
// returns nil for a package that is not loaded: that is no error (the
// user may lint a subset), nor is a package that the analysis checks
// itself (a bad-directive finding there).
func (c *Config) MissingNames(lookup func(pkgPath string) *types.Package) []string {
	var msgs []string
	for i, r := range c.Registries {
		at := fmt.Sprintf("registries[%d]", i)
		if pkg, name, ok := SplitPkgName(r.Adapter); ok {
			if p := lookup(pkg); p != nil {
				if tn, ok := p.Scope().Lookup(name).(*types.TypeName); !ok || !types.IsInterface(tn.Type()) {
					msgs = append(msgs, fmt.Sprintf("%s.adapter: package %s has no interface type %s", at, pkg, name))
				}
			}
		}
		funcs := map[string][]string{"init": {r.Init}, "register": r.Register}
		for _, key := range []string{"init", "register"} {
			for j, s := range funcs[key] {
				fn, ok := ParseFuncName(s)
				if !ok {
					continue
				}
				p := lookup(fn.Pkg)
				if p == nil {
					continue
				}
				where := at + "." + key
				if key == "register" {
					where = fmt.Sprintf("%s[%d]", where, j)
				}
				if !hasFunc(p, fn) {
					msgs = append(msgs, fmt.Sprintf("%s: package %s has no function or method %s", where, fn.Pkg, s))
				}
			}
		}
	}
	return msgs
}

// hasFunc reports whether package p declares the function or method fn.
func hasFunc(p *types.Package, fn FuncName) bool {
	if fn.Recv == "" {
		_, ok := p.Scope().Lookup(fn.Name).(*types.Func)
		return ok
	}
	tn, ok := p.Scope().Lookup(fn.Recv).(*types.TypeName)
	if !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, p, fn.Name)
	_, ok = obj.(*types.Func)
	return ok
}

// FuncName is a parsed function or method name of the config.
type FuncName struct {
	Pkg  string // import path
	Recv string // receiver type name, "" for functions
	Name string // function or method name
}

// SplitPkgName splits "import/path.Name" into its parts.
func SplitPkgName(s string) (pkg, name string, ok bool) {
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || dot < strings.LastIndex(s, "/") {
		return "", "", false
	}
	pkg, name = s[:dot], s[dot+1:]
	if !IsIdent(name) || strings.ContainsAny(pkg, " ()*") {
		return "", "", false
	}
	return pkg, name, true
}

// ParseFuncName parses "path.Func", "(*path.Type).Method" or
// "(path.Type).Method".
func ParseFuncName(s string) (FuncName, bool) {
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 {
			return FuncName{}, false
		}
		recv := strings.TrimPrefix(s[1:end], "*")
		pkg, typ, ok := SplitPkgName(recv)
		meth := s[end+2:]
		if !ok || !IsIdent(meth) {
			return FuncName{}, false
		}
		return FuncName{Pkg: pkg, Recv: typ, Name: meth}, true
	}
	pkg, name, ok := SplitPkgName(s)
	if !ok {
		return FuncName{}, false
	}
	return FuncName{Pkg: pkg, Name: name}, true
}

// IsIdent reports whether s is a Go identifier: a letter or "_", then
// letters, digits and "_" (Unicode letters and digits, as the Go
// specification says; no other character).
func IsIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r) {
			continue
		}
		return false
	}
	return true
}
