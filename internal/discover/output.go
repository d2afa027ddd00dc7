package discover

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/escape"
)

// maxListed is how many adapters or positions a comment names before it
// says "and N more".
const maxListed = 10

// WriteYAML writes the proposals as a configuration in the schema of the
// README (Configuration), each registry preceded by a comment with its
// evidence. packages is the number of packages analyzed, for the header
// when nothing was found; written says that the text goes to the file.
func WriteYAML(w io.Writer, props []*Proposal, packages int, written bool) error {
	var b strings.Builder
	b.WriteString("# registrylint configuration proposed by `registrylint init` from the shape of the code.\n")
	if written {
		b.WriteString("# Written by registrylint init -w: review it, and edit it as the code changes.\n")
	} else {
		b.WriteString("# Review it, then save it as .registrylint.yml at the module root (registrylint init -w).\n")
	}
	if len(props) == 0 {
		fmt.Fprintf(&b, "# No registry found in %d packages: no function called with different adapters of one interface\n", packages)
		b.WriteString("# from one function or from the func init() of several files, and no literal list of adapters.\n")
		b.WriteString("# Declare registries with directives or write the configuration by hand (see the README).\n")
		b.WriteString("registries: []\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("registries:\n")
	for i, p := range props {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, line := range evidence(p) {
			// Escaped: a newline in a name from the code would end the
			// comment and write configuration of its own.
			b.WriteString("  # " + escape.Line(line) + "\n")
		}
		c := p.Config
		fmt.Fprintf(&b, "  - adapter: %s\n", strconv.Quote(c.Adapter))
		if c.Init != "" {
			fmt.Fprintf(&b, "    init: %s\n", strconv.Quote(c.Init))
		}
		if len(c.Register) > 0 {
			fmt.Fprintf(&b, "    register: %s\n", list(c.Register))
		}
		fmt.Fprintf(&b, "    policy: %s\n", c.Policy)
		if c.Aggregator != "" {
			fmt.Fprintf(&b, "    aggregator: %s\n", strconv.Quote(c.Aggregator))
		}
		if len(c.Packages) > 0 {
			fmt.Fprintf(&b, "    packages: %s\n", list(c.Packages))
		}
		if len(c.Exclude) > 0 {
			b.WriteString("    exclude:\n")
			for _, e := range c.Exclude {
				fmt.Fprintf(&b, "      - %s\n", strconv.Quote(e))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// evidence returns the comment lines that justify a proposal.
func evidence(p *Proposal) []string {
	head := fmt.Sprintf("%s (confidence %s): %s", p.Name, p.Confidence, p.Shape)
	if p.External {
		head += "; declared outside the analyzed packages"
	}
	lines := []string{head}
	where := "registered"
	switch {
	case p.Init != "":
		where = "registered in " + p.Init
	case p.Config.Policy == "self" && p.Config.Aggregator != "":
		where = "registering themselves, their packages blank-imported by " + p.Config.Aggregator
	case p.Config.Policy == "self" && p.onePackage:
		where = "registering themselves in one package"
	case p.Config.Policy == "self":
		where = "registering themselves (no package blank-imports more of their packages than every other: no aggregator)"
	}
	line := fmt.Sprintf("%d adapters, %d %s", p.Adapters, len(p.Registered), where)
	if pos := registrationPositions(p.Registered); len(pos) > 0 {
		line += " at " + Positions(pos, maxListed)
	}
	lines = append(lines, line)
	if len(p.NotRegistered) > 0 {
		lines = append(lines, "not registered: "+refs(p.NotRegistered))
	}
	if len(p.Generic) > 0 {
		lines = append(lines, fmt.Sprintf("values of the generic %s %s: duplicate registrations and names are checked, but a forgotten instance cannot be (no list of a generic type's instances exists)",
			plural(len(p.Generic), "type", "types"), strings.Join(p.Generic, ", ")))
	}
	if p.Unresolved > 0 {
		lines = append(lines, fmt.Sprintf("%d %s whose adapter cannot be told statically: the lint reports %s as unresolved-registration, and unregistered does not count %s",
			p.Unresolved, plural(p.Unresolved, "registration", "registrations"), plural(p.Unresolved, "it", "them"), plural(p.Unresolved, "it", "them")))
	}
	if len(p.NotImported) > 0 {
		by := "nothing imports"
		if p.Config.Aggregator != "" {
			by = p.Config.Aggregator + " does not import"
		}
		lines = append(lines, fmt.Sprintf("not registered, since %s their packages (their init() never runs): %s", by, refs(p.NotImported)))
	}
	if len(p.Excluded) > 0 {
		lines = append(lines, "test doubles outside _test.go files, excluded: "+refs(p.Excluded))
	}
	if len(p.BuiltIn) > 0 {
		lines = append(lines, "built into the interface's package, which registers none of them, excluded: "+refs(p.BuiltIn))
	}
	if len(p.OutsidePackages) > 0 {
		lines = append(lines, fmt.Sprintf("implementers outside %s, left out by packages: %s", strings.Join(p.Config.Packages, ", "), refs(p.OutsidePackages)))
	}
	return lines
}

// refs names adapters with their positions, at most maxListed.
func refs(list []AdapterRef) string {
	var parts []string
	for i, r := range list {
		if i == maxListed {
			parts = append(parts, fmt.Sprintf("and %d more", len(list)-maxListed))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", r.Type, r.Position))
	}
	return strings.Join(parts, ", ")
}

// list writes a flow sequence of quoted strings.
func list(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
