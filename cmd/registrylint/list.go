package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/driver"
)

// listUsage is the usage line of the list subcommand.
const listUsage = "usage: registrylint list [-json | -format text|markdown|mermaid] [-config FILE] [-tags TAGS] [-test] packages"

// runList implements `registrylint list`: the static form of a registry's
// startup log. It prints the inventory of every registry the packages
// declare or see, and exits 0, or 2 when it cannot run (it never fails on
// findings).
func runList(d *driver.Driver, a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("registrylint list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print the inventory as JSON (stable for scripts)")
	format := fs.String("format", "text", "output `format`: text, markdown or mermaid")
	config := fs.String("config", "", "registrylint YAML configuration `file` (default: .registrylint.yml discovered per package)")
	tags := fs.String("tags", "", "build `tags`, comma-separated")
	tests := fs.Bool("test", false, "load test variants too")
	fail := failer(stderr, "registrylint list")
	if code, done := parseSubcommand(fs, listUsage, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, listUsage)
		return fail("no packages given")
	}
	switch {
	case *asJSON && *format != "text":
		return fail("-json and -format cannot be combined")
	case !*asJSON && *format != "text" && *format != "markdown" && *format != "mermaid":
		return fail("unknown -format %q, want text, markdown or mermaid", *format)
	}
	if err := useConfig(a, *config); err != nil {
		return fail("%v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	results, err := d.Analyze(analyzer.ModelAnalyzer(a), fs.Args(), driver.AnalyzeOptions{Tests: *tests, Tags: *tags, Stderr: stderr})
	if err != nil {
		return fail("%v", err)
	}
	var models []*analyzer.Model
	for _, r := range results {
		if m, ok := r.(*analyzer.Model); ok {
			models = append(models, m)
		}
	}
	inv := analyzer.BuildInventory(models, func(name string) string {
		if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
		return name
	})
	switch {
	case *asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(inv)
	case *format == "markdown":
		err = writeInventoryMarkdown(stdout, inv)
	case *format == "mermaid":
		err = writeInventoryMermaid(stdout, inv)
	default:
		err = writeInventoryText(stdout, inv)
	}
	if err != nil {
		return fail("%v", err)
	}
	return driver.ExitOK
}

// writeInventoryText prints the inventory as the startup log would.
func writeInventoryText(w io.Writer, inv *analyzer.Inventory) error {
	var b strings.Builder
	if len(inv.Registries) == 0 {
		b.WriteString("no registries\n")
	}
	for i, r := range inv.Registries {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "registry %s (%s), policy %s", r.Name, r.Interface, r.Policy)
		if r.Position != "" {
			fmt.Fprintf(&b, ", %s", r.Position)
		}
		b.WriteString("\n")
		for _, in := range r.Inits {
			fmt.Fprintf(&b, "  init function: %s (%s)\n", in.Name, in.Position)
		}
		if len(r.Inits) == 0 {
			b.WriteString("  init function: none\n")
		}
		if len(r.RegisterFuncs) > 0 {
			fmt.Fprintf(&b, "  register functions: %s\n", strings.Join(r.RegisterFuncs, ", "))
		}
		fmt.Fprintf(&b, "  %d of %d adapters registered (%d distinct names)\n", r.Registered, len(r.Adapters), r.Names)
		for _, a := range r.Adapters {
			state := "NOT REGISTERED"
			if a.Registered {
				state = "registered: " + formatSites(a.Registrations, "%s in %s at %s")
			}
			if len(a.Outside) > 0 {
				state += "; outside the init function: " + formatSites(a.Outside, "%s in %s at %s")
			}
			fmt.Fprintf(&b, "  - %s %s (%s): %s\n", nameOrUnknown(a.Name), a.Type, a.Position, state)
		}
		for _, u := range r.Unresolved {
			fmt.Fprintf(&b, "  ? %s in %s at %s: adapter unknown\n", u.Text, u.In, u.Position)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeInventoryMarkdown prints one table per registry.
func writeInventoryMarkdown(w io.Writer, inv *analyzer.Inventory) error {
	var b strings.Builder
	for i, r := range inv.Registries {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "## %s\n\n", r.Name)
		fmt.Fprintf(&b, "`%s`, policy %s; init function: %s; %d of %d adapters registered.\n\n", r.Interface, r.Policy, siteNames(r.Inits), r.Registered, len(r.Adapters))
		b.WriteString("| name | type | declared | registered | how |\n|---|---|---|---|---|\n")
		for _, a := range r.Adapters {
			reg, how := "no", ""
			if a.Registered {
				reg = "yes"
				how = formatSites(a.Registrations, "%s in `%s` (%s)")
			}
			if len(a.Outside) > 0 {
				if how != "" {
					how += "; "
				}
				how += "outside the init function: " + formatSites(a.Outside, "%s in `%s` (%s)")
			}
			fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s |\n", nameOrUnknown(a.Name), a.Type, a.Position, reg, how)
		}
		for _, u := range r.Unresolved {
			fmt.Fprintf(&b, "| ? | `%s` | %s | unknown | %s in `%s` |\n", u.Text, u.Position, u.How, u.In)
		}
	}
	if len(inv.Registries) == 0 {
		b.WriteString("No registries.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeInventoryMermaid draws registry -> init function -> adapters, with
// unregistered adapters marked.
func writeInventoryMermaid(w io.Writer, inv *analyzer.Inventory) error {
	var b strings.Builder
	b.WriteString("graph LR\n")
	id := func(prefix string, i, j int) string { return fmt.Sprintf("%s%d_%d", prefix, i, j) }
	for i, r := range inv.Registries {
		reg := id("r", i, 0)
		fmt.Fprintf(&b, "  %s[\"%s\"]\n", reg, r.Name)
		inits := make(map[string]string)
		for j, in := range r.Inits {
			n := id("i", i, j)
			inits[in.Name] = n
			fmt.Fprintf(&b, "  %s --> %s([\"%s\"])\n", reg, n, in.Name)
		}
		for j, a := range r.Adapters {
			n := id("a", i, j)
			label := fmt.Sprintf("%s %s", nameOrUnknown(a.Name), a.Type)
			if !a.Registered {
				fmt.Fprintf(&b, "  %s -. not registered .- %s[\"%s\"]:::unregistered\n", reg, n, label)
				continue
			}
			for _, s := range a.Registrations {
				from, ok := inits[s.In]
				if !ok {
					from = reg
				}
				fmt.Fprintf(&b, "  %s -- \"%s\" --> %s[\"%s\"]\n", from, s.How, n, label)
			}
		}
	}
	b.WriteString("  classDef unregistered stroke:#c00,stroke-dasharray: 4 2\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func nameOrUnknown(name string) string {
	if name == "" {
		return "(name unknown)"
	}
	return name
}

func siteNames(sites []analyzer.Site) string {
	if len(sites) == 0 {
		return "none"
	}
	var names []string
	for _, s := range sites {
		names = append(names, "`"+s.Name+"`")
	}
	return strings.Join(names, ", ")
}

// formatSites formats registrations with format (how, in, position),
// separated by semicolons.
func formatSites(sites []analyzer.RegistrationSite, format string) string {
	var parts []string
	for _, s := range sites {
		parts = append(parts, fmt.Sprintf(format, s.How, s.In, s.Position))
	}
	return strings.Join(parts, "; ")
}
