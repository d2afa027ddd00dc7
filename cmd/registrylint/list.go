package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
	"github.com/registrylint/registrylint/internal/driver"
	"github.com/registrylint/registrylint/internal/escape"
	"github.com/registrylint/registrylint/internal/inventory"
	"github.com/registrylint/registrylint/internal/model"
)

// listUsage is the usage line of the list subcommand.
const listUsage = "usage: registrylint list [-json | -format text|markdown|mermaid] [-check FILE] [-config FILE] [-tags TAGS] [-test] packages"

// runList implements `registrylint list`: the static form of a registry's
// startup log. It prints the inventory of every registry the packages
// declare or see, and exits 0, or 2 when it cannot run (it never fails on
// findings). With -check FILE it compares FILE, an inventory it wrote
// earlier, with the code instead: exit 0 when they are equal, 1 with a
// unified diff on stdout when they differ, 2 when FILE cannot be read or
// is not an inventory in the format compared.
func runList(d *driver.Driver, a *analysis.Analyzer, cache *config.Cache, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("registrylint list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print the inventory as JSON (stable for scripts)")
	format := fs.String("format", "text", "output `format`: text, markdown or mermaid")
	configFile := fs.String("config", "", "registrylint YAML configuration `file` (default: .registrylint.yml discovered per package)")
	tags := fs.String("tags", "", "build `tags`, comma-separated")
	tests := fs.Bool("test", false, "load test variants too")
	check := fs.String("check", "", "compare inventory `file`, written by list earlier (its format is detected), with the code: exit 1 with a diff when they differ")
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
	var recorded []byte
	if *check != "" {
		data, err := os.ReadFile(*check)
		if err != nil {
			return fail("-check: %v", err)
		}
		recorded = inventory.Normalize(data)
		if !flagSet(fs, "json") && !flagSet(fs, "format") {
			*asJSON, *format = false, inventory.DetectFormat(recorded)
			if *format == inventory.FormatJSON {
				*asJSON, *format = true, inventory.FormatText
			}
		}
		kind := *format
		if *asJSON {
			kind = inventory.FormatJSON
		}
		if err := inventory.Check(kind, recorded); err != nil {
			// Not "differs": the advice to write it again would
			// overwrite a file list did not write.
			return fail("-check: %s is not an inventory written by registrylint list in %s format: %v", escape.Line(*check), kind, err)
		}
	}
	if err := useConfig(a, cache, *configFile); err != nil {
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
	var models []*model.Model
	sees := false
	for _, r := range results {
		if m, ok := r.(*model.Model); ok {
			models = append(models, m)
			sees = sees || m.SeesRegistry()
		}
	}
	if !sees {
		fmt.Fprintf(stderr, "registrylint list: %s\n", noRegistryNote)
	}
	inv := inventory.BuildInventory(models, func(name string) string {
		if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
		return name
	})
	var out bytes.Buffer
	switch {
	case *asJSON:
		var data []byte
		if data, err = json.MarshalIndent(inv, "", "  "); err == nil {
			out.Write(escape.JSON(data))
			out.WriteByte('\n')
		}
	case *format == "markdown":
		err = writeInventoryMarkdown(&out, inv)
	case *format == "mermaid":
		err = writeInventoryMermaid(&out, inv)
	default:
		err = writeInventoryText(&out, inv)
	}
	if err != nil {
		return fail("%v", err)
	}
	if *check != "" {
		var formatArgs []string
		switch {
		case *asJSON:
			formatArgs = []string{"-json"}
		case *format != "text":
			formatArgs = []string{"-format", *format}
		}
		kind := *format
		if *asJSON {
			kind = "json"
		}
		was, now := countAdapters(kind, recorded), countAdapters(kind, out.Bytes())
		return checkInventory(*check, recorded, out.Bytes(), wd, now.change(was), relistCommand(fs, formatArgs), stdout, stderr)
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return fail("%v", err)
	}
	return driver.ExitOK
}

// flagSet reports whether flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// checkInventory implements list -check: it compares the recorded
// inventory of file with current, the inventory of the code in the same
// format, and returns the exit code. change says how the adapter counts
// changed; relist is the command that writes the file again.
func checkInventory(file string, recorded, current []byte, wd, change, relist string, stdout, stderr io.Writer) int {
	if bytes.Equal(recorded, current) {
		return driver.ExitOK
	}
	// a/ and b/ names relative to the working directory, as -diff
	// prints them: patch -p1 there updates the file.
	old, new := file, file
	if abs, err := filepath.Abs(file); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			old, new = "a/"+filepath.ToSlash(rel), "b/"+filepath.ToSlash(rel)
		}
	}
	diff := driver.UnifiedDiff(old, new, recorded, current)
	if _, err := io.WriteString(stdout, diff); err != nil {
		return failer(stderr, "registrylint list")("%v", err)
	}
	fmt.Fprintf(stderr, "registrylint list: %s\n", escape.Line(fmt.Sprintf("%s differs from the code: %s; review the diff above, then update the file: %s > %s",
		file, change, relist, shellQuote(file))))
	return driver.ExitFindings
}

// adapterCounts counts the adapters of an inventory, and the registered
// ones.
type adapterCounts struct{ adapters, registered int }

// change describes c, the counts now, against was, the recorded ones.
func (c adapterCounts) change(was adapterCounts) string {
	delta := func(n, w int) string {
		if n == w {
			return "as recorded"
		}
		return fmt.Sprintf("%+d", n-w)
	}
	return fmt.Sprintf("%d %s (%s), %d registered (%s)",
		c.adapters, plural(c.adapters, "adapter", "adapters"), delta(c.adapters, was.adapters),
		c.registered, delta(c.registered, was.registered))
}

// mermaidAdapter matches an adapter node of the mermaid inventory.
var mermaidAdapter = regexp.MustCompile(`\ba[0-9]+_[0-9]+\[`)

// countAdapters counts the adapters of an inventory that list wrote in
// format (text, markdown, mermaid or json), from its adapter lines.
func countAdapters(format string, data []byte) adapterCounts {
	var c adapterCounts
	if format == "json" {
		var inv inventory.Inventory
		if json.Unmarshal(data, &inv) == nil {
			for _, r := range inv.Registries {
				c.adapters += len(r.Adapters)
				c.registered += r.Registered
			}
		}
		return c
	}
	seen := make(map[string]bool) // mermaid: an adapter per node
	for _, line := range strings.Split(string(data), "\n") {
		switch format {
		case "text":
			if strings.HasPrefix(line, "  - ") {
				c.adapters++
				if strings.Contains(line, "): registered: ") {
					c.registered++
				}
			}
		case "markdown":
			if strings.HasPrefix(line, "| `") {
				c.adapters++
				if strings.Contains(line, " | yes | ") {
					c.registered++
				}
			}
		case "mermaid":
			if node := mermaidAdapter.FindString(line); node != "" && !seen[node] {
				seen[node] = true
				c.adapters++
				if !strings.Contains(line, ":::unregistered") {
					c.registered++
				}
			}
		}
	}
	return c
}

// relistCommand returns the list command that writes the inventory that
// -check compared with: the flags given, except -check, in the format of
// the file (formatArgs), and the packages.
func relistCommand(fs *flag.FlagSet, formatArgs []string) string {
	args := append([]string{"registrylint", "list"}, formatArgs...)
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "check", "json", "format":
		case "test":
			args = append(args, "-test="+f.Value.String())
		default:
			args = append(args, "-"+f.Name, shellQuote(f.Value.String()))
		}
	})
	for _, p := range fs.Args() {
		args = append(args, shellQuote(p))
	}
	return strings.Join(args, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=,:@+") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// writeInventoryText prints the inventory as the startup log would.
// Every line is escaped: names and positions come from the code, and a
// newline in a name must not start a line of its own.
func writeInventoryText(w io.Writer, inv *inventory.Inventory) error {
	var b strings.Builder
	line := func(format string, args ...any) {
		b.WriteString(escape.Line(fmt.Sprintf(format, args...)) + "\n")
	}
	if len(inv.Registries) == 0 {
		line("no registries")
	}
	site := func(s inventory.RegistrationSite) string {
		return fmt.Sprintf("%s in %s at %s", s.How, s.In, s.Position)
	}
	for i, r := range inv.Registries {
		if i > 0 {
			b.WriteString("\n")
		}
		head := fmt.Sprintf("registry %s (%s), policy %s", r.Name, r.Interface, r.Policy)
		if r.Position != "" {
			head += ", " + r.Position
		}
		line("%s", head)
		for _, in := range r.Inits {
			line("  init function: %s (%s)", in.Name, in.Position)
		}
		if len(r.Inits) == 0 {
			line("  init function: none")
		}
		if funcs := strings.Join(r.RegisterFuncs, ", "); len(funcs) > 80 {
			// One a line: a long list (kubernetes' plugins) stays readable.
			line("  register functions:")
			for _, f := range r.RegisterFuncs {
				line("    %s", f)
			}
		} else if funcs != "" {
			line("  register functions: %s", funcs)
		}
		line("  %d of %d adapters registered%s", r.Registered, len(r.Adapters), namesNote(r))
		if note := genericNote(r); note != "" {
			line("  %s", note)
		}
		for _, a := range r.Adapters {
			state := "NOT REGISTERED"
			if a.Registered {
				state = "registered: " + formatSites(a.Registrations, site)
			}
			if len(a.Outside) > 0 {
				state += "; outside the init function: " + formatSites(a.Outside, site)
			}
			if a.NotImported != "" {
				state += "; registers itself (" + formatSites(a.Registrations, site) + ") but " + a.NotImported
			}
			line("  - %s %s (%s): %s", nameOrUnknown(a.Name), a.Type, a.Position, state)
		}
		for _, u := range r.Unresolved {
			line("  ? %s in %s at %s: adapter unknown", u.Text, u.In, u.Position)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeInventoryMarkdown prints one table per registry. Names from the
// code are escaped for markdown: a newline or a "|" in a name must not
// end its line or its cell.
func writeInventoryMarkdown(w io.Writer, inv *inventory.Inventory) error {
	var b strings.Builder
	code, text := escape.MarkdownCode, escape.MarkdownText
	site := func(s inventory.RegistrationSite) string {
		return fmt.Sprintf("%s in %s (%s)", text(s.How), code(s.In), text(s.Position))
	}
	for i, r := range inv.Registries {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "## %s\n\n", text(r.Name))
		fmt.Fprintf(&b, "%s, policy %s; init function: %s; %d of %d adapters registered.\n\n", code(r.Interface), text(r.Policy), siteNames(r.Inits), r.Registered, len(r.Adapters))
		if note := genericNote(r); note != "" {
			fmt.Fprintf(&b, "> %s.\n\n", text(strings.ToUpper(note[:1])+note[1:]))
		}
		b.WriteString("| name | type | declared | registered | how |\n|---|---|---|---|---|\n")
		for _, a := range r.Adapters {
			reg, how := "no", ""
			if a.Registered {
				reg = "yes"
				how = formatSites(a.Registrations, site)
			}
			if len(a.Outside) > 0 {
				if how != "" {
					how += "; "
				}
				how += "outside the init function: " + formatSites(a.Outside, site)
			}
			if a.NotImported != "" {
				if how != "" {
					how += "; "
				}
				how += "registers itself (" + formatSites(a.Registrations, site) + ") but " + text(a.NotImported)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", code(nameOrUnknown(a.Name)), code(a.Type), text(a.Position), reg, how)
		}
		for _, u := range r.Unresolved {
			fmt.Fprintf(&b, "| ? | %s | %s | unknown | %s in %s |\n", code(u.Text), text(u.Position), text(u.How), code(u.In))
		}
	}
	if len(inv.Registries) == 0 {
		b.WriteString("No registries.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeInventoryMermaid draws registry -> init function -> adapters, with
// unregistered adapters marked. Labels are escaped for mermaid.
func writeInventoryMermaid(w io.Writer, inv *inventory.Inventory) error {
	var b strings.Builder
	b.WriteString("graph LR\n")
	id := func(prefix string, i, j int) string { return fmt.Sprintf("%s%d_%d", prefix, i, j) }
	label := escape.Mermaid
	for i, r := range inv.Registries {
		reg := id("r", i, 0)
		fmt.Fprintf(&b, "  %s[\"%s\"]\n", reg, label(r.Name))
		inits := make(map[string]string)
		for j, in := range r.Inits {
			n := id("i", i, j)
			inits[in.Name] = n
			fmt.Fprintf(&b, "  %s --> %s([\"%s\"])\n", reg, n, label(in.Name))
		}
		for j, a := range r.Adapters {
			n := id("a", i, j)
			text := label(nameOrUnknown(a.Name) + " " + a.Type)
			if !a.Registered {
				fmt.Fprintf(&b, "  %s -. not registered .- %s[\"%s\"]:::unregistered\n", reg, n, text)
				continue
			}
			for _, s := range a.Registrations {
				from, ok := inits[s.In]
				if !ok {
					from = reg
				}
				fmt.Fprintf(&b, "  %s -- \"%s\" --> %s[\"%s\"]\n", from, label(s.How), n, text)
			}
		}
	}
	b.WriteString("  classDef unregistered stroke:#c00,stroke-dasharray: 4 2\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// genericNote says how many of r's adapters are values of generic types,
// which only their registrations make known: "" when none is.
func genericNote(r inventory.RegistryInventory) string {
	var generics []string
	n := 0
	for _, a := range r.Adapters {
		if a.Generic == "" {
			continue
		}
		n++
		if !slices.Contains(generics, a.Generic) {
			generics = append(generics, a.Generic)
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d %s values of the generic %s %s, known only where registered: an instantiation never registered cannot be listed or reported",
		n, plural(n, "is a", "are"), plural(len(generics), "type", "types"), strings.Join(generics, ", "))
}

func nameOrUnknown(name string) string {
	if name == "" {
		return "(name unknown)"
	}
	return name
}

// siteNames are the names of sites as markdown code, or "none".
func siteNames(sites []inventory.Site) string {
	if len(sites) == 0 {
		return "none"
	}
	var names []string
	for _, s := range sites {
		names = append(names, escape.MarkdownCode(s.Name))
	}
	return strings.Join(names, ", ")
}

// formatSites formats registrations with format, separated by
// semicolons.
func formatSites(sites []inventory.RegistrationSite, format func(inventory.RegistrationSite) string) string {
	var parts []string
	for _, s := range sites {
		parts = append(parts, format(s))
	}
	return strings.Join(parts, "; ")
}

// namesNote says how many distinct names the registered adapters have,
// counting only known names: " (3 distinct names)", " (2 distinct
// names, 1 unknown)", or "" when no name is known.
func namesNote(r inventory.RegistryInventory) string {
	switch {
	case r.Registered == 0 || r.UnknownNames == r.Registered:
		return ""
	case r.UnknownNames > 0:
		return fmt.Sprintf(" (%d distinct names, %d unknown)", r.Names, r.UnknownNames)
	}
	return fmt.Sprintf(" (%d distinct names)", r.Names)
}
