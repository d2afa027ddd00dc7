package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/rules"
)

// directivePrefix starts every registrylint directive, like //go: for the
// compiler: no space after the slashes.
const directivePrefix = "//registrylint:"

// DirectiveMarker is in every file that holds a directive, or a comment
// that looks like one: a file without it declares no registry role by
// directive.
const DirectiveMarker = "registrylint:"

// Directive verbs.
const (
	VerbAdapter  = "adapter"
	VerbRegister = "register"
	VerbInit     = "init"
	verbIgnore   = "ignore"
)

// Directive is one parsed //registrylint: comment.
type Directive struct {
	Verb string
	Args []string // the words after the verb
	Pos  token.Pos
	End  token.Pos
}

// parseDirective parses a comment's text. ok is false when the comment is
// not a registrylint directive; err describes a malformed one.
func parseDirective(c *ast.Comment) (d Directive, ok bool, err error) {
	if !strings.HasPrefix(c.Text, directivePrefix) {
		if spaced, ok := spacedDirective(c.Text); ok {
			return Directive{Pos: c.Pos(), End: c.End()}, true,
				fmt.Errorf("directives are written without a space: //registrylint:%s; this comment is not a directive and does nothing", spaced)
		}
		return Directive{}, false, nil
	}
	fields := strings.Fields(strings.TrimPrefix(c.Text, directivePrefix))
	d = Directive{Pos: c.Pos(), End: c.End()}
	if len(fields) == 0 {
		return d, true, fmt.Errorf("empty registrylint directive; want one of adapter, register, init, ignore")
	}
	d.Verb, d.Args = fields[0], fields[1:]
	switch d.Verb {
	case VerbAdapter, VerbRegister, VerbInit, verbIgnore:
	default:
		return d, true, fmt.Errorf("unknown registrylint directive %q; want one of adapter, register, init, ignore", d.Verb)
	}
	return d, true, nil
}

// spacedDirective reports whether text is a line comment that reads as a
// directive but for white space after the slashes ("// registrylint:ignore
// ..."), which Go's directive syntax, and so registrylint, does not accept.
// It returns the verb, to print the comment as it should be.
func spacedDirective(text string) (verb string, ok bool) {
	rest, ok := strings.CutPrefix(text, "//")
	if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return "", false
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " \t"), "registrylint:")
	if !ok {
		return "", false
	}
	verb, _, _ = strings.Cut(rest, " ")
	switch verb {
	case VerbAdapter, VerbRegister, VerbInit, verbIgnore:
		return rest, true
	}
	return "", false
}

// adapterOptions are the key=value options of //registrylint:adapter.
type adapterOptions struct {
	Policy     string
	NameMethod string
	Aggregator string
}

// ParseAdapterOptions parses "policy=self name-method=Key".
func ParseAdapterOptions(args []string) (adapterOptions, error) {
	opts := adapterOptions{Policy: config.PolicyCentral, NameMethod: "Name"}
	for _, arg := range args {
		key, value, ok := strings.Cut(arg, "=")
		if !ok || value == "" {
			return opts, fmt.Errorf("malformed option %q of //registrylint:adapter; want key=value (policy, name-method, aggregator)", arg)
		}
		switch key {
		case "policy":
			if value != config.PolicyCentral && value != config.PolicySelf {
				return opts, fmt.Errorf("unknown policy %q; want %q or %q", value, config.PolicyCentral, config.PolicySelf)
			}
			opts.Policy = value
		case "name-method":
			if !config.IsIdent(value) {
				return opts, fmt.Errorf("name-method %q is not a Go identifier", value)
			}
			opts.NameMethod = value
		case "aggregator":
			if err := config.CheckPackagePath(value); err != nil {
				return opts, fmt.Errorf("aggregator: %v", err)
			}
			opts.Aggregator = value
		default:
			return opts, fmt.Errorf("unknown option %q of //registrylint:adapter; want policy, name-method or aggregator", key)
		}
	}
	if opts.Aggregator != "" && opts.Policy != config.PolicySelf {
		return opts, fmt.Errorf("aggregator= is only meaningful with policy=self")
	}
	return opts, nil
}

// parseIgnore parses the arguments of //registrylint:ignore: a
// comma-separated list of rule IDs and a reason.
func parseIgnore(args []string) (ids []string, err error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("//registrylint:ignore needs a rule list and a reason, e.g. //registrylint:ignore unregistered kept for tests")
	}
	for _, id := range strings.Split(args[0], ",") {
		if !rules.Known(id) {
			return nil, fmt.Errorf("unknown rule %q in //registrylint:ignore (rules: %s)", id, strings.Join(rules.IDs(), ", "))
		}
		ids = append(ids, id)
	}
	if len(args) < 2 {
		return nil, fmt.Errorf("//registrylint:ignore %s needs a reason after the rule list", args[0])
	}
	return ids, nil
}

// DocDirectives returns the role directives (adapter, register, init) of a
// doc comment, and marks their comments as placed.
func DocDirectives(doc *ast.CommentGroup, placed map[*ast.Comment]bool) []Directive {
	if doc == nil {
		return nil
	}
	var ds []Directive
	for _, c := range doc.List {
		d, ok, err := parseDirective(c)
		if !ok || err != nil || d.Verb == verbIgnore {
			continue
		}
		placed[c] = true
		ds = append(ds, d)
	}
	return ds
}
