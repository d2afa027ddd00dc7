package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/registrylint/registrylint/internal/escape"
)

// A baseline holds the findings recorded by -write-baseline, which
// -baseline does not report. An entry is identified without line numbers,
// so that edits elsewhere in a file do not revive it: the file relative to
// the main module's directory, the rule, and the message with the positions
// it embeds removed; it carries a count, the number of such findings.
//
// The file has one entry per line, sorted:
//
//	FILE: RULE: MESSAGE
//	FILE: RULE xCOUNT: MESSAGE
//
// (the count written when it is more than one). Blank lines and lines
// starting with # are comments. FILE or RULE is Go-quoted when it holds
// what would make the line ambiguous (": ", a final ":", a space in a
// rule, a leading quote or #, a control character, a character that
// [escape.Line] escapes).
type baseline struct {
	name    string              // the file, as given on the command line
	counts  map[baselineKey]int // recorded findings per key
	entries int
}

// A baselineKey identifies the findings of one baseline entry.
type baselineKey struct {
	file, rule, message string
}

// baselineHeader starts every baseline file written by -write-baseline;
// %[1]s is the command name.
const baselineHeader = `# %[1]s baseline: findings that "%[1]s -baseline FILE" does not report.
# Written by "%[1]s -write-baseline FILE"; one entry per line, sorted:
#   file: rule: message         (file relative to the module root)
#   file: rule xN: message      (N findings with that message in that file)
# Line numbers are left out of messages, so edits elsewhere keep an entry.
# Delete the entries of fixed findings (-baseline names them), or write the
# file again once the gate passes.
`

var (
	// positionRE matches the line (and column) of a position embedded in
	// a message: tts/coqui/coqui.go:12 -> tts/coqui/coqui.go.
	positionRE = regexp.MustCompile(`(\.[A-Za-z][A-Za-z0-9]*):[0-9]+(?::[0-9]+)?\b`)
	// lineRE matches a line reference such as "(line 36)".
	lineRE = regexp.MustCompile(`\s*\(line [0-9]+\)`)
)

// baselineMessage returns msg as a baseline records it: one line, without
// the line numbers of the positions it embeds.
func baselineMessage(msg string) string {
	msg = strings.Join(strings.FieldsFunc(msg, func(r rune) bool { return r == '\n' || r == '\r' }), " ")
	// Until nothing changes: a removal can make a new match ("a.go:1:2:3",
	// "(line 1(line 2))"), and a message read back from a baseline is
	// keyed again, so the result must be a fixed point.
	for {
		next := positionRE.ReplaceAllString(lineRE.ReplaceAllString(msg, ""), "$1")
		if next == msg {
			break
		}
		msg = next
	}
	return strings.TrimSpace(msg)
}

// key returns the baseline key of f in res.
func (res *results) baselineKey(f *finding) baselineKey {
	file := "-"
	if name := f.posn.Filename; name != "" {
		file = filepath.ToSlash(name)
		if res.modRoot != "" {
			if rel, err := filepath.Rel(res.modRoot, name); err == nil {
				file = filepath.ToSlash(rel)
			}
		}
	}
	rule := cmp.Or(f.diag.Category, f.analyzer)
	return baselineKey{file, rule, baselineMessage(f.diag.Message)}
}

// readBaseline reads and parses the baseline file name, resolved against
// dir when relative.
func readBaseline(dir, name string) (*baseline, error) {
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-baseline: %v", err)
	}
	return parseBaseline(name, data)
}

// parseBaseline parses the content of baseline file name. A malformed
// line is an error naming name:line.
func parseBaseline(name string, data []byte) (*baseline, error) {
	b := &baseline{name: name, counts: make(map[baselineKey]int)}
	seen := make(map[baselineKey]int) // line of each entry
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if i == 0 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, count, err := parseBaselineLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if prev, ok := seen[k]; ok {
			return nil, fmt.Errorf("%s:%d: entry repeats line %d; merge the two with a count (xN)", name, n, prev)
		}
		seen[k] = n
		b.counts[k] = count
		b.entries++
	}
	return b, nil
}

// parseBaselineLine parses "FILE: RULE[ xCOUNT]: MESSAGE".
func parseBaselineLine(line string) (k baselineKey, count int, err error) {
	const want = `want "file: rule: message" or "file: rule xN: message"`
	file, _, suffix, rest, err := baselineField(line)
	if err == nil && suffix != "" {
		err = fmt.Errorf("unexpected %q after the file name", suffix)
	}
	if err != nil {
		return k, 0, fmt.Errorf("%v; %s", err, want)
	}
	rule, quoted, suffix, rest, err := baselineField(rest)
	if err != nil {
		return k, 0, fmt.Errorf("%v; %s", err, want)
	}
	if i := strings.IndexByte(rule, ' '); i >= 0 && !quoted {
		rule, suffix = rule[:i], rule[i:] // a plain rule ends at its first space
	}
	count = 1
	if suffix != "" {
		c, ok := strings.CutPrefix(suffix, " x")
		n, err := strconv.Atoi(c)
		if !ok || err != nil || n < 1 || strconv.Itoa(n) != c {
			return k, 0, fmt.Errorf("bad count %q after rule %s: want \" xN\", N a number of at least 1", suffix, rule)
		}
		count = n
	}
	msg := baselineMessage(rest) // as findings are keyed, even if edited by hand
	if msg == "" {
		return k, 0, fmt.Errorf("no message; %s", want)
	}
	return baselineKey{file, rule, msg}, count, nil
}

// baselineField splits s at the first ": " into a field, unquoting a
// Go-quoted one (quoted is then set), what follows a quoted field before
// the ": " (a rule's " xN") and the rest of the line.
func baselineField(s string) (field string, quoted bool, suffix, rest string, err error) {
	head, rest, ok := strings.Cut(s, ": ")
	if strings.HasPrefix(s, `"`) {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return "", false, "", "", fmt.Errorf("bad quoted string at %q", s)
		}
		field, _ = strconv.Unquote(q)
		head, rest, ok = strings.Cut(s[len(q):], ": ")
		if !ok {
			return "", false, "", "", fmt.Errorf(`no ": " after %s`, q)
		}
		return field, true, head, rest, nil
	}
	if !ok || head == "" {
		return "", false, "", "", fmt.Errorf(`no "NAME: " at %q`, s)
	}
	return head, false, "", rest, nil
}

// quoteField returns s as a baseline line writes it: Go-quoted when it
// would otherwise not read back as one field (spaceless for a rule).
func quoteField(s string, rule bool) string {
	if s == "" || strings.Contains(s, ": ") || strings.HasSuffix(s, ":") || strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "#") ||
		escape.HasUnsafe(s) ||
		rule && strings.ContainsAny(s, " ") {
		return strconv.Quote(s)
	}
	return s
}

// formatBaseline renders counts as a baseline file of command name.
func formatBaseline(name string, counts map[baselineKey]int) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, baselineHeader, name)
	for _, k := range sortedKeys(counts) {
		rule := quoteField(k.rule, true)
		if n := counts[k]; n > 1 {
			rule += " x" + strconv.Itoa(n)
		}
		fmt.Fprintf(&buf, "%s: %s: %s\n", quoteField(k.file, false), rule, k.message)
	}
	return buf.Bytes()
}

func sortedKeys(counts map[baselineKey]int) []baselineKey {
	return slices.SortedFunc(maps.Keys(counts), func(x, y baselineKey) int {
		return cmp.Or(cmp.Compare(x.file, y.file), cmp.Compare(x.rule, y.rule), cmp.Compare(x.message, y.message))
	})
}

// countFindings counts the findings of res by baseline key.
func countFindings(res *results) map[baselineKey]int {
	counts := make(map[baselineKey]int)
	for _, f := range res.findings {
		counts[res.baselineKey(f)]++
	}
	return counts
}

// apply removes the findings of res that b records. When a file has more
// findings of one key than b counts, all of them are kept: which one is
// new cannot be told. It returns the entries that occur less often than
// recorded, as text for one line on stderr: only those of the files the
// run analyzed and of files that no longer exist, since a run over some
// of the packages cannot tell whether the findings of the others are
// gone.
func (b *baseline) apply(res *results) (stale []string) {
	counts := countFindings(res)
	var kept []*finding
	for _, f := range res.findings {
		k := res.baselineKey(f)
		if counts[k] > b.counts[k] {
			kept = append(kept, f)
		}
	}
	res.findings = kept
	for _, k := range sortedKeys(b.counts) {
		recorded, found := b.counts[k], counts[k]
		if found >= recorded || !res.judges(k.file) {
			continue
		}
		// As the baseline writes the entry: a file or rule holding a
		// control character is quoted.
		s := fmt.Sprintf("%s: %s: %s", quoteField(k.file, false), quoteField(k.rule, true), strconv.Quote(k.message))
		if found > 0 {
			s += fmt.Sprintf(" (recorded %d times, found %d)", recorded, found)
		}
		stale = append(stale, s)
	}
	return stale
}

// judges reports whether the run of res can tell that the findings of a
// baseline entry's file (module-relative, as a key writes it) are gone:
// the file is one of the analyzed packages', or it no longer exists. An
// entry without a file ("-") is judged by every run.
func (res *results) judges(file string) bool {
	if file == "-" || res.analyzed == nil {
		return true
	}
	name := filepath.FromSlash(file)
	if !filepath.IsAbs(name) {
		name = filepath.Join(cmp.Or(res.modRoot, "."), name)
	}
	if res.analyzed[name] {
		return true
	}
	_, err := os.Lstat(name)
	return errors.Is(err, fs.ErrNotExist)
}

// writeBaseline implements -write-baseline: it records the findings of
// res in the file and returns the exit code.
func (r *runner) writeBaseline(res *results) int {
	name := r.opts.writeBaseline
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.dir, path)
	}
	counts := countFindings(res)
	data := formatBaseline(r.d.Name, counts)
	// A symbolic link is written through when it leads into the module,
	// as -fix writes: a link of the repository's must not make the run
	// write elsewhere.
	target, err := linkTarget(path, res.mainDirs)
	if err == nil {
		r.critical(func() {
			if _, statErr := os.Stat(target); statErr == nil {
				var links int
				if links, err = replaceFile(target, nil, data, nil); err == nil && links > 0 {
					r.errorf("%s", linksNote(name, links))
				}
			} else {
				err = createFile(target, data)
			}
		})
	}
	if outside := (*outsideLinkError)(nil); errors.As(err, &outside) {
		return r.fail(fmt.Errorf("-write-baseline: %s %v; not written", name, err))
	}
	if err != nil {
		return r.fail(fmt.Errorf("-write-baseline: %v", err))
	}
	r.errorf("wrote %d %s (%d %s) to %s", len(res.findings), plural(len(res.findings), "finding", "findings"),
		len(counts), plural(len(counts), "entry", "entries"), name)
	return ExitOK
}

// staleShown is the number of stale entries reportStale names; it counts
// the others.
const staleShown = 5

// reportStale prints the entries of the baseline that no longer occur, in
// one line: their number and the first few.
func (r *runner) reportStale(b *baseline, stale []string) {
	if len(stale) == 0 {
		return
	}
	shown := strings.Join(stale[:min(len(stale), staleShown)], "; ")
	if n := len(stale) - staleShown; n > 0 {
		shown += fmt.Sprintf("; and %d more", n)
	}
	r.errorf("%s: %d %s no longer %s (delete %s, or write the baseline again): %s",
		b.name, len(stale), plural(len(stale), "entry", "entries"), plural(len(stale), "occurs", "occur"),
		plural(len(stale), "it", "them"), shown)
}
