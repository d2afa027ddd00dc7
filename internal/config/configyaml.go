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
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/registrylint/registrylint/internal/escape"
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
	// nodes maps a key to its value's node: an alias repeats a node
	// under another key, and a bad node is reported once.
	nodes map[string]*yaml.Node
	// failed are the keys whose value could not be decoded, already
	// reported: their validation would report them again.
	failed   map[string]bool
	problems problems
	seen     map[problem]bool     // problems already reported
	seenNode map[nodeProblem]bool // problems of a node already reported, under any key
	data     []byte               // the file, to locate syntax errors without a line
}

// nodeProblem is a problem of one node, whatever the key it is reached
// by.
type nodeProblem struct {
	node *yaml.Node
	text string
}

// newDecoder returns a decoder for a file, or for golangci-lint's settings.
func newDecoder(settings bool) *configDecoder {
	return &configDecoder{settings: settings, lines: make(map[string]int), nodes: make(map[string]*yaml.Node), failed: make(map[string]bool), seenNode: make(map[nodeProblem]bool)}
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

// nodeErrorf records an error about node n, reached by key, that it
// could not be decoded: once per node and message, whatever the key (an
// alias reaches a node by several), and so that the validation of key
// does not report it again.
func (d *configDecoder) nodeErrorf(n *yaml.Node, key, format string, args ...any) {
	d.failed[key] = true
	if !d.onceNode(n, fmt.Sprintf(format, args...)) {
		return
	}
	d.errorf(n.Line, key, format, args...)
}

// onceNode reports whether text is a new problem of node n.
func (d *configDecoder) onceNode(n *yaml.Node, text string) bool {
	p := nodeProblem{n, text}
	if d.seenNode[p] {
		return false
	}
	d.seenNode[p] = true
	return true
}

// unknownKey records that key (whose last element is the key node k) is
// not one of want.
func (d *configDecoder) unknownKey(k *yaml.Node, key, want string) {
	if d.settings {
		d.nodeErrorf(k, key, "unknown key %q, want %s", k.Value, want)
		return
	}
	d.nodeErrorf(k, key, "unknown key, want %s", want)
}

// validate records the validation errors of cfg (see [Config.validate]),
// but for entries whose decoding already failed, and once per node.
func (d *configDecoder) validate(cfg *Config) {
	for _, fe := range cfg.validate() {
		if d.skipValidation(fe.key) {
			continue
		}
		if n := d.nodes[fe.key]; n != nil && !d.onceNode(n, fe.msg) {
			continue
		}
		d.errorf(d.lineOf(fe.key), fe.key, "%s", fe.msg)
	}
}

// yamlLineRE finds the line number in go.yaml.in/yaml's syntax errors.
var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decode parses data, which must hold at most one YAML document.
func (d *configDecoder) decode(data []byte) *Config {
	d.data = data
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
	d.mapping(top, "", func(key string, k, v *yaml.Node) {
		switch key {
		case "registries":
			d.registries(v, cfg)
		case "disable":
			d.lines[key] = k.Line
			cfg.Disable = d.strings(v, key)
		case "include-tests":
			cfg.IncludeTests = d.bool(v, key)
		default:
			d.unknownKey(k, keyName(key), "registries, disable or include-tests")
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

// skipValidation reports whether a validation error of key is about a
// value whose decoding already failed: key itself, an entry that holds
// it, or, for an aggregator, the policy it depends on.
func (d *configDecoder) skipValidation(key string) bool {
	if parent, ok := strings.CutSuffix(key, ".aggregator"); ok && d.failed[parent+".policy"] {
		return true
	}
	for k := key; k != ""; {
		if d.failed[k] {
			return true
		}
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return false
}

// syntaxError records a YAML syntax error, one line, with its line:
// that of the message, else the one found in the file (see
// [syntaxErrorLine]).
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
	d.errorf(syntaxErrorLine(msg, d.data), "", "not valid YAML: %s", msg)
}

// yamlAnchorRE finds the anchor named in go.yaml.in/yaml's alias errors.
var yamlAnchorRE = regexp.MustCompile(`^(?:unknown anchor|anchor) '([^']*)'`)

// syntaxErrorLine returns the line of data that a syntax error msg,
// which go.yaml.in/yaml gave without a line, is about. The reader's
// errors (invalid UTF-8, control characters) are at the first byte YAML
// does not allow; an alias error at the first use of its anchor; the
// parser gives no line for errors on the first line (its lines count
// from 0 and it omits line 0), and line 1 is also the answer for errors
// about the whole document (excessive aliasing).
func syntaxErrorLine(msg string, data []byte) int {
	offset := -1
	if m := yamlAnchorRE.FindStringSubmatch(msg); m != nil {
		sigil := "*"
		if !strings.HasPrefix(msg, "unknown") {
			sigil = "&"
		}
		re := regexp.MustCompile(regexp.QuoteMeta(sigil+m[1]) + `(?:[\s,\]\}]|$)`)
		if loc := re.FindIndex(data); loc != nil {
			offset = loc[0]
		}
	} else {
		offset = disallowedOffset(data)
	}
	if offset < 0 {
		return 1
	}
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}

// disallowedOffset returns the offset of the first byte of data that
// YAML does not allow (invalid UTF-8, a control character other than
// tab and line ends), or -1. A UTF-16 file (with its byte order mark) is
// not searched.
func disallowedOffset(data []byte) int {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 || !yamlAllowed(r) {
			return i
		}
		i += size
	}
	return -1
}

// yamlAllowed reports whether YAML allows r in a stream (YAML 1.1's
// printable set, which go.yaml.in/yaml's reader checks).
func yamlAllowed(r rune) bool {
	switch {
	case r == 0x09, r == 0x0a, r == 0x0d, 0x20 <= r && r <= 0x7e, r == 0x85,
		0xa0 <= r && r <= 0xd7ff, 0xe000 <= r && r <= 0xfffd, 0x10000 <= r && r <= 0x10ffff:
		return true
	}
	return false
}

// registries decodes the registries list.
func (d *configDecoder) registries(v *yaml.Node, cfg *Config) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		d.nodeErrorf(v, "registries", "want a list of registries (- adapter: import/path.Name ...), got %s", describe(v))
		return
	}
	for i, item := range v.Content {
		item = resolveAlias(item)
		key := fmt.Sprintf("registries[%d]", i)
		if isNull(item) {
			d.nodeErrorf(item, key, "empty entry, want a registry with at least adapter: import/path.Name")
			cfg.Registries = append(cfg.Registries, RegistryConfig{})
			continue
		}
		var r RegistryConfig
		d.lines[key] = item.Line
		d.mapping(item, key, func(k string, kn, v *yaml.Node) {
			full := key + "." + keyName(k)
			d.lines[full] = kn.Line
			d.nodes[full] = v
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
				d.unknownKey(kn, full, "adapter, init, register, name-method, policy, aggregator, packages or exclude")
			}
		})
		cfg.Registries = append(cfg.Registries, r)
	}
}

// mapping calls f for each key of the mapping v, in order; prefix is the
// key of v itself ("" at the top level).
func (d *configDecoder) mapping(v *yaml.Node, prefix string, f func(key string, k, value *yaml.Node)) {
	if v.Kind != yaml.MappingNode {
		where := prefix
		if where == "" {
			d.nodeErrorf(v, "", "want a mapping of keys (registries, disable, include-tests), got %s", describe(v))
			return
		}
		d.nodeErrorf(v, where, "want a mapping of keys (adapter: ..., init: ...), got %s", describe(v))
		return
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := resolveAlias(v.Content[i]), resolveAlias(v.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.nodeErrorf(k, prefix, "want a key name, got %s", describe(k))
			continue
		}
		name := k.Value
		full := keyName(name)
		if prefix != "" {
			full = prefix + "." + full
		}
		if k.Value == "<<" {
			d.nodeErrorf(k, prefix, "merge keys (<<) are not supported, write the keys out")
			continue
		}
		if line, dup := seen[name]; dup {
			d.nodeErrorf(k, full, "given twice (first on line %d), want each key once", line)
			continue
		}
		seen[name] = k.Line
		f(name, k, val)
	}
}

// keyName returns name as a key in messages: as is, or Go-quoted when
// it holds what would make the key ambiguous or break its line (a dot, a
// bracket, a colon, a space, a control character).
func keyName(name string) string {
	if name == "" || strings.ContainsAny(name, ".[]: \"") || escape.HasUnsafe(name) {
		return strconv.Quote(name)
	}
	return name
}

// string decodes a string scalar.
func (d *configDecoder) string(v *yaml.Node, key string) string {
	if v.Kind != yaml.ScalarNode || isNull(v) || v.Tag == "!!bool" {
		d.nodeErrorf(v, key, "want a string, got %s", describe(v))
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
			d.nodeErrorf(v, key, "want a list, got the single value %q (write [%s])", v.Value, v.Value)
		} else {
			d.nodeErrorf(v, key, "want a list of strings, got %s", describe(v))
		}
		return nil
	}
	var out []string
	d.lines[key] = v.Line
	for i, item := range v.Content {
		item = resolveAlias(item)
		k := fmt.Sprintf("%s[%d]", key, i)
		d.lines[k] = item.Line
		d.nodes[k] = item
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
	d.nodeErrorf(v, key, "want true or false, got %s", describe(v))
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
