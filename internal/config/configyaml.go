package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// configDecoder decodes a YAML node tree into a [Config]: that of a
// configuration file, or that of golangci-lint's plugin settings (see
// [DecodeSettings]). Every error names its key and, for a file, its line,
// in one line: "file:line: key: what is wrong, what is expected".
type configDecoder struct {
	// settings is set when the tree comes from golangci-lint's settings
	// rather than from a file: its nodes have no lines, and an unknown key
	// is quoted in the message (golangci-lint may have changed its case).
	settings bool
	lines    map[string]int // key ("registries[0].policy") to its line
	empty    map[int]bool   // indexes of null registries entries, already reported
	problems problems
	seen     map[problem]bool // problems already reported (aliases repeat nodes)
}

// newDecoder returns a decoder for a file, or for golangci-lint's settings.
func newDecoder(settings bool) *configDecoder {
	return &configDecoder{settings: settings, lines: make(map[string]int)}
}

// A problem is one error of a configuration, without the name of its
// file, so that a file loaded once can be reported under the name it is
// asked for.
type problem struct {
	line int    // 0: unknown, or no lines (settings)
	text string // "key: what is wrong, what is expected"
}

// problems are the errors of one configuration, in the order found.
type problems []problem

// err returns the problems as one error of one line each,
// "file:line: key: message" in line order (problems without a line first,
// each kind in the order found); nil without problems.
func (ps problems) err(file string) error {
	if len(ps) == 0 {
		return nil
	}
	sorted := slices.Clone(ps)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].line < sorted[b].line })
	errs := make([]error, len(sorted))
	for i, p := range sorted {
		var b strings.Builder
		b.WriteString(file)
		if p.line > 0 {
			b.WriteString(":" + strconv.Itoa(p.line))
		}
		b.WriteString(": " + p.text)
		errs[i] = errors.New(b.String())
	}
	return errors.Join(errs...)
}

// errorf records an error at line (0: unknown) about key ("" for the
// whole configuration).
func (d *configDecoder) errorf(line int, key, format string, args ...any) {
	text := fmt.Sprintf(format, args...)
	if key != "" {
		text = key + ": " + text
	}
	p := problem{line, text}
	if d.seen == nil {
		d.seen = make(map[problem]bool)
	}
	if !d.seen[p] {
		d.seen[p] = true
		d.problems = append(d.problems, p)
	}
}

// unknownKey records that key (whose last element is name) is not one of
// want.
func (d *configDecoder) unknownKey(line int, key, name, want string) {
	if d.settings {
		d.errorf(line, key, "unknown key %q, want %s", name, want)
		return
	}
	d.errorf(line, key, "unknown key, want %s", want)
}

// validate records the validation errors of cfg (see [Config.validate]),
// but for entries whose decoding already failed.
func (d *configDecoder) validate(cfg *Config) {
	for _, fe := range cfg.validate() {
		if !d.skipValidation(fe.key) {
			d.errorf(d.lineOf(fe.key), fe.key, "%s", fe.msg)
		}
	}
}

// yamlLineRE finds the line number in go.yaml.in/yaml's syntax errors.
var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decode parses data, which must hold at most one YAML document.
func (d *configDecoder) decode(data []byte) *Config {
	cfg := new(Config)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case errors.Is(err, io.EOF):
		return cfg // an empty file: no configuration
	case err != nil:
		d.syntaxError(err)
		return cfg
	}
	var second yaml.Node
	switch err := dec.Decode(&second); {
	case errors.Is(err, io.EOF):
	case err != nil:
		d.syntaxError(err)
		return cfg
	default:
		d.errorf(second.Line, "", "a second YAML document; the configuration is exactly one document (remove the --- separator)")
		return cfg
	}
	if len(doc.Content) == 0 {
		return cfg
	}
	d.config(doc.Content[0], cfg)
	return cfg
}

// config decodes the top-level node of a configuration into cfg.
func (d *configDecoder) config(top *yaml.Node, cfg *Config) {
	top = resolveAlias(top)
	if isNull(top) {
		return
	}
	d.mapping(top, "", func(key string, line int, v *yaml.Node) {
		switch key {
		case "registries":
			d.registries(v, cfg)
		case "disable":
			d.lines[key] = line
			cfg.Disable = d.strings(v, key)
		case "include-tests":
			cfg.IncludeTests = d.bool(v, key)
		default:
			d.unknownKey(line, key, key, "registries, disable or include-tests")
		}
	})
}

// lineOf returns the line of key, or of the nearest enclosing key that has
// one ("registries[0]" for a missing "registries[0].adapter").
func (d *configDecoder) lineOf(key string) int {
	for key != "" {
		if line, ok := d.lines[key]; ok {
			return line
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return 0
}

// skipValidation reports whether a validation error of key is about an
// entry whose decoding already failed.
func (d *configDecoder) skipValidation(key string) bool {
	for i := range d.empty {
		if strings.HasPrefix(key, fmt.Sprintf("registries[%d].", i)) {
			return true
		}
	}
	return false
}

// syntaxError records a YAML syntax error, one line.
func (d *configDecoder) syntaxError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		d.errorf(line, "", "not valid YAML: %s", m[2])
		return
	}
	d.errorf(0, "", "not valid YAML: %s", msg)
}

// registries decodes the registries list.
func (d *configDecoder) registries(v *yaml.Node, cfg *Config) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		d.errorf(v.Line, "registries", "want a list of registries (- adapter: import/path.Name ...), got %s", describe(v))
		return
	}
	for i, item := range v.Content {
		item = resolveAlias(item)
		key := fmt.Sprintf("registries[%d]", i)
		if isNull(item) {
			d.errorf(item.Line, key, "empty entry, want a registry with at least adapter: import/path.Name")
			if d.empty == nil {
				d.empty = make(map[int]bool)
			}
			d.empty[i] = true
			cfg.Registries = append(cfg.Registries, RegistryConfig{})
			continue
		}
		var r RegistryConfig
		d.lines[key] = item.Line
		d.mapping(item, key, func(k string, line int, v *yaml.Node) {
			full := key + "." + k
			d.lines[full] = line
			switch k {
			case "adapter":
				r.Adapter = d.string(v, full)
			case "init":
				r.Init = d.string(v, full)
			case "register":
				r.Register = d.strings(v, full)
			case "name-method":
				r.NameMethod = d.string(v, full)
			case "policy":
				r.Policy = d.string(v, full)
			case "aggregator":
				r.Aggregator = d.string(v, full)
			case "packages":
				r.Packages = d.strings(v, full)
			case "exclude":
				r.Exclude = d.strings(v, full)
			default:
				d.unknownKey(line, full, k, "adapter, init, register, name-method, policy, aggregator, packages or exclude")
			}
		})
		cfg.Registries = append(cfg.Registries, r)
	}
}

// mapping calls f for each key of the mapping v, in order; prefix is the
// key of v itself ("" at the top level).
func (d *configDecoder) mapping(v *yaml.Node, prefix string, f func(key string, line int, value *yaml.Node)) {
	if v.Kind != yaml.MappingNode {
		where := prefix
		if where == "" {
			d.errorf(v.Line, "", "want a mapping of keys (registries, disable, include-tests), got %s", describe(v))
			return
		}
		d.errorf(v.Line, where, "want a mapping of keys (adapter: ..., init: ...), got %s", describe(v))
		return
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := resolveAlias(v.Content[i]), resolveAlias(v.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.errorf(k.Line, prefix, "want a key name, got %s", describe(k))
			continue
		}
		name := k.Value
		full := name
		if prefix != "" {
			full = prefix + "." + name
		}
		if k.Value == "<<" {
			d.errorf(k.Line, prefix, "merge keys (<<) are not supported, write the keys out")
			continue
		}
		if line, dup := seen[name]; dup {
			d.errorf(k.Line, full, "given twice (first on line %d), want each key once", line)
			continue
		}
		seen[name] = k.Line
		f(name, k.Line, val)
	}
}

// string decodes a string scalar.
func (d *configDecoder) string(v *yaml.Node, key string) string {
	if v.Kind != yaml.ScalarNode || isNull(v) || v.Tag == "!!bool" {
		d.errorf(v.Line, key, "want a string, got %s", describe(v))
		return ""
	}
	return v.Value
}

// strings decodes a list of strings; a single string is an error, since
// disable: dynamic-name is almost always meant as [dynamic-name].
func (d *configDecoder) strings(v *yaml.Node, key string) []string {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		if v.Kind == yaml.ScalarNode {
			d.errorf(v.Line, key, "want a list, got the single value %q (write [%s])", v.Value, v.Value)
		} else {
			d.errorf(v.Line, key, "want a list of strings, got %s", describe(v))
		}
		return nil
	}
	var out []string
	d.lines[key] = v.Line
	for i, item := range v.Content {
		item = resolveAlias(item)
		k := fmt.Sprintf("%s[%d]", key, i)
		d.lines[k] = item.Line
		out = append(out, d.string(item, k))
	}
	return out
}

// bool decodes a boolean scalar.
func (d *configDecoder) bool(v *yaml.Node, key string) bool {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!bool" {
		b, err := strconv.ParseBool(strings.ToLower(v.Value))
		if err == nil {
			return b
		}
	}
	d.errorf(v.Line, key, "want true or false, got %s", describe(v))
	return false
}

// resolveAlias follows YAML aliases (*name) to the node they stand for.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describe names the kind of a node for an error message.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing (null)"
		}
		return strconv.Quote(n.Value)
	}
	return "something else"
}
