package analyzer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Config is the user configuration of registrylint (SPEC §5). The same
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

// LoadConfig reads and validates the YAML configuration file at path.
func LoadConfig(filename string) (*Config, error) {
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, fmt.Errorf("config: %v", err)
	}
	cfg, err := ParseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filename, err)
	}
	return cfg, nil
}

var unknownFieldRE = regexp.MustCompile(`field (\S+) not found in type analyzer\.(\w+)`)

// ParseConfig decodes YAML configuration strictly (unknown keys are errors)
// and validates it.
func ParseConfig(data []byte) (*Config, error) {
	cfg := new(Config)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		msg := err.Error()
		msg = unknownFieldRE.ReplaceAllStringFunc(msg, func(s string) string {
			m := unknownFieldRE.FindStringSubmatch(s)
			where := "top level"
			if m[2] == "RegistryConfig" {
				where = "registries entry"
			}
			return fmt.Sprintf("unknown key %q in %s", m[1], where)
		})
		msg = strings.TrimPrefix(msg, "yaml: ")
		return nil, fmt.Errorf("config: %s", msg)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Validate checks rule IDs, policies and names, and fills in defaults.
// Its errors name the offending key.
func (c *Config) Validate() error {
	var errs []error
	for i, id := range c.Disable {
		if !isRule(id) {
			errs = append(errs, fmt.Errorf("config: disable[%d]: unknown rule %q (rules: %s)", i, id, strings.Join(RuleIDs(), ", ")))
		}
	}
	seen := make(map[string]int)
	for i := range c.Registries {
		r := &c.Registries[i]
		key := func(k string) string { return fmt.Sprintf("registries[%d].%s", i, k) }
		if r.Adapter == "" {
			errs = append(errs, fmt.Errorf("config: %s: required", key("adapter")))
		} else if _, _, ok := splitPkgName(r.Adapter); !ok {
			errs = append(errs, fmt.Errorf("config: %s: malformed name %q, want import/path.Name", key("adapter"), r.Adapter))
		} else if j, dup := seen[r.Adapter]; dup {
			errs = append(errs, fmt.Errorf("config: %s: %q is already declared by registries[%d]", key("adapter"), r.Adapter, j))
		} else {
			seen[r.Adapter] = i
		}
		if r.Init != "" {
			if _, ok := parseFuncName(r.Init); !ok {
				errs = append(errs, fmt.Errorf("config: %s: malformed name %q, want import/path.Func or (*import/path.Type).Method", key("init"), r.Init))
			}
		}
		for j, name := range r.Register {
			if _, ok := parseFuncName(name); !ok {
				errs = append(errs, fmt.Errorf("config: %s[%d]: malformed name %q, want import/path.Func or (*import/path.Type).Method", key("register"), j, name))
			}
		}
		if r.NameMethod == "" {
			r.NameMethod = "Name"
		} else if !isIdent(r.NameMethod) {
			errs = append(errs, fmt.Errorf("config: %s: %q is not a Go identifier", key("name-method"), r.NameMethod))
		}
		switch r.Policy {
		case "":
			r.Policy = PolicyCentral
		case PolicyCentral, PolicySelf:
		default:
			errs = append(errs, fmt.Errorf("config: %s: unknown policy %q, want %q or %q", key("policy"), r.Policy, PolicyCentral, PolicySelf))
		}
		if r.Aggregator != "" && r.Policy != PolicySelf {
			errs = append(errs, fmt.Errorf("config: %s: only meaningful with policy: self", key("aggregator")))
		}
		for j, p := range r.Packages {
			if p == "" || strings.ContainsAny(p, " \t") || (strings.Contains(p, "...") && !strings.HasSuffix(p, "/...") && p != "...") {
				errs = append(errs, fmt.Errorf("config: %s[%d]: malformed package pattern %q, want import/path or import/path/...", key("packages"), j, p))
			}
		}
		for j, p := range r.Exclude {
			if _, err := path.Match(p, ""); err != nil || p == "" {
				errs = append(errs, fmt.Errorf("config: %s[%d]: malformed pattern %q", key("exclude"), j, p))
			}
		}
	}
	return errors.Join(errs...)
}

// ruleEnabled reports whether rule id is on.
func (c *Config) ruleEnabled(id string) bool {
	for _, d := range c.Disable {
		if d == id {
			return false
		}
	}
	return true
}

// funcName is a parsed function or method name of the config.
type funcName struct {
	pkg  string // import path
	recv string // receiver type name, "" for functions
	name string // function or method name
}

// splitPkgName splits "import/path.Name" into its parts.
func splitPkgName(s string) (pkg, name string, ok bool) {
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || dot < strings.LastIndex(s, "/") {
		return "", "", false
	}
	pkg, name = s[:dot], s[dot+1:]
	if !isIdent(name) || strings.ContainsAny(pkg, " ()*") {
		return "", "", false
	}
	return pkg, name, true
}

// parseFuncName parses "path.Func", "(*path.Type).Method" or
// "(path.Type).Method".
func parseFuncName(s string) (funcName, bool) {
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 {
			return funcName{}, false
		}
		recv := strings.TrimPrefix(s[1:end], "*")
		pkg, typ, ok := splitPkgName(recv)
		meth := s[end+2:]
		if !ok || !isIdent(meth) {
			return funcName{}, false
		}
		return funcName{pkg: pkg, recv: typ, name: meth}, true
	}
	pkg, name, ok := splitPkgName(s)
	if !ok {
		return funcName{}, false
	}
	return funcName{pkg: pkg, name: name}, true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9' {
			continue
		}
		if r > 127 {
			continue
		}
		return false
	}
	return true
}
