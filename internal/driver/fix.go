package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/internal/gomod"
)

// fix implements -fix and -diff and returns the exit code.
//
// -fix writes the fixed files and prints the findings left without an
// applied fix; -diff prints the fixes as a diff on stdout, writes nothing,
// and prints every finding on stderr, since none is fixed.
func (r *runner) fix(res *results) int {
	fixed, changes := r.composeFixes(res)
	code := ExitOK
	if r.opts.diff {
		for _, c := range changes {
			// Relative to the working directory, for patch -p1 there;
			// a file outside it keeps its absolute path (patch -p0).
			old, new := c.name, c.name
			if rel, err := filepath.Rel(r.dir, c.name); err == nil && gomod.Within(c.name, r.dir) {
				old, new = "a/"+filepath.ToSlash(rel), "b/"+filepath.ToSlash(rel)
			}
			if _, err := fmt.Fprint(r.stdout, unifiedDiff(old, new, c.old, c.new)); err != nil {
				return r.fail(err)
			}
		}
		if err := r.writeText(r.stderr, res.fset, res.findings); err != nil {
			return r.fail(err)
		}
		if len(res.findings) > 0 {
			code = ExitFindings
		}
		return code
	}

	// Files are written in one critical section: a signal stops the
	// writes between two files and the process says which it wrote.
	written := false
	in := signals.in
	r.critical(func() {
		for k, c := range changes {
			if in != nil && in.ctx.Err() != nil {
				in.left = len(changes) - k
				return
			}
			if r.d.beforeWrite != nil {
				r.d.beforeWrite(c.name)
			}
			if !r.writeChange(c, res, fixed) {
				code = ExitError
				continue
			}
			written = true
			if in != nil {
				in.written = append(in.written, r.relPath(c.name))
			}
		}
	})
	if written && r.rerun != nil {
		// The findings left, with their positions in the fixed files:
		// analyze again.
		r.reran = true
		return max(code, r.rerun())
	}
	var left []*finding
	for i, f := range res.findings {
		if !fixed[i] {
			left = append(left, f)
		}
	}
	remaining := *res
	remaining.findings = left
	opts := *r.opts
	opts.fix, opts.diff = false, false
	rr := *r
	rr.opts = &opts
	return max(code, rr.report(&remaining))
}

// writeChange writes the new content of a file and reports whether it
// did; when it did not, it says why, and the findings of the file are no
// longer fixed.
func (r *runner) writeChange(c fileChange, res *results, fixed []bool) bool {
	links, err := replaceFile(c.name, c.old, c.new, res.mainDirs)
	if err == nil {
		if links > 0 {
			r.errorf("%s", linksNote(r.relPath(c.name), links))
		}
		return true
	}
	var outside *outsideLinkError
	switch {
	case errors.Is(err, errChanged):
		r.errorf("%s changed while -fix ran: left as it is; run -fix again", r.relPath(c.name))
	case errors.As(err, &outside):
		r.errorf("%s %v; left unchanged", r.relPath(c.name), err)
	default:
		r.errorf("%v; %s left unchanged", err, r.relPath(c.name))
	}
	for i, f := range res.findings {
		if f.posn.Filename == c.name {
			fixed[i] = false
		}
	}
	return false
}

// An offsetEdit replaces the bytes [start, end) of a file by text.
type offsetEdit struct {
	start, end int
	text       string
}

// overlaps reports whether edits a and b, of one file, touch the same
// bytes. Insertions at one offset do not overlap: they are made in order.
func overlaps(a, b offsetEdit) bool {
	if a.start == a.end && b.start == b.end {
		return false
	}
	return a.start < b.end && b.start < a.end
}

// A pendingFix is the first suggested fix of findings[i] in offsets.
type pendingFix struct {
	i     int
	edits map[string][]offsetEdit // by file name
}

// A fileChange is the new content of a file.
type fileChange struct {
	name     string
	old, new []byte
}

// composeFixes composes the first suggested fix of each finding, in order,
// into new file contents. It reports which findings have their fix in the
// result; it warns on stderr about each fix it leaves out.
//
// Edits identical to an edit of an earlier fix are made once; a fix with
// an edit that overlaps an edit of an earlier fix is left out as a whole.
// Fixes that edit generated files are left out. Each changed file is
// gofmt-formatted; the fixes of a file that does not format are left out.
func (r *runner) composeFixes(res *results) (fixed []bool, changes []fileChange) {
	findings := res.findings
	contents := make(map[string][]byte)
	var fixes []pendingFix
	for i, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			continue
		}
		pf, err := r.toOffsets(res.fset, f.diag.SuggestedFixes[0].TextEdits, res.generated, res.mainDirs, contents)
		if err != nil {
			r.errorf("warning: %s: fix %q not applied: %v", r.position(f.posn), f.diag.SuggestedFixes[0].Message, err)
			continue
		}
		pf.i = i
		fixes = append(fixes, pf)
	}

	excluded := make(map[int]bool) // findings whose fix breaks formatting
	for {
		var warnings []string
		fixed, warnings = r.mergeFixes(findings, fixes, excluded)
		var bad []string
		changes, bad = render(fixed, fixes, contents)
		if len(bad) == 0 {
			for _, w := range warnings {
				r.errorf("%s", w)
			}
			return fixed, changes
		}
		for _, name := range bad {
			r.errorf("warning: the fixes of %s do not produce valid Go; file left unchanged", r.relPath(name))
			for _, pf := range fixes {
				if _, ok := pf.edits[name]; ok {
					excluded[pf.i] = true
				}
			}
		}
	}
}

// outsideMainModule says why -fix must not edit file name ("" when it
// may): only files of the main module(s) are edited, never those of the
// module cache, a vendor directory or a replace target elsewhere.
func outsideMainModule(name string, mainDirs []string) string {
	for _, dir := range mainDirs {
		if gomod.Within(name, dir) {
			rel, _ := filepath.Rel(dir, name)
			if slices.Contains(strings.Split(filepath.ToSlash(rel), "/"), "vendor") {
				return "which is vendored"
			}
			return ""
		}
	}
	if len(mainDirs) == 0 {
		return "" // no module information (GOPATH mode)
	}
	return "which is outside the main module"
}

// toOffsets converts the edits of a fix into offsets, reading each file
// once into contents. It fails when a file is generated (the next run of
// the generator would undo the fix), or changed since it was loaded.
func (r *runner) toOffsets(fset *token.FileSet, edits []analysis.TextEdit, generated map[string]bool, mainDirs []string, contents map[string][]byte) (pendingFix, error) {
	pf := pendingFix{edits: make(map[string][]offsetEdit)}
	if len(edits) == 0 {
		return pf, fmt.Errorf("it has no edits")
	}
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return pf, fmt.Errorf("edit at an unknown position")
		}
		end := cmp.Or(e.End, e.Pos)
		name := tf.Name()
		if generated[name] {
			return pf, fmt.Errorf("it edits the generated file %s", r.relPath(name))
		}
		if why := outsideMainModule(name, mainDirs); why != "" {
			return pf, fmt.Errorf("it edits %s, %s", r.relPath(name), why)
		}
		if _, ok := contents[name]; !ok {
			data, err := os.ReadFile(name)
			if err != nil {
				return pf, err
			}
			if len(data) != tf.Size() {
				return pf, fmt.Errorf("%s changed since it was analyzed", r.relPath(name))
			}
			contents[name] = data
		}
		pf.edits[name] = append(pf.edits[name], offsetEdit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
	}
	return pf, nil
}

// mergeFixes selects the fixes to apply, in order: a fix is left out when
// it is excluded or when one of its edits overlaps an edit of an earlier
// selected fix. It returns the selection by finding index and a warning
// for each fix left out because of an overlap.
func (r *runner) mergeFixes(findings []*finding, fixes []pendingFix, excluded map[int]bool) (fixed []bool, warnings []string) {
	fixed = make([]bool, len(findings))
	type owned struct {
		offsetEdit
		owner int // finding index
	}
	accepted := make(map[string][]owned)
fixes:
	for _, pf := range fixes {
		if excluded[pf.i] {
			continue
		}
		var add []string // files, one entry per new edit, parallel to news
		var news []offsetEdit
		for _, name := range slices.Sorted(maps.Keys(pf.edits)) {
		edits:
			for _, e := range pf.edits[name] {
				for _, a := range accepted[name] {
					if a.offsetEdit == e {
						continue edits // made by an earlier fix already
					}
					if overlaps(a.offsetEdit, e) {
						f, other := findings[pf.i], findings[a.owner]
						warnings = append(warnings, fmt.Sprintf(
							"warning: %s: fix %q skipped: it overlaps the fix for %s; run again to apply it",
							r.position(f.posn), f.diag.SuggestedFixes[0].Message, r.position(other.posn)))
						continue fixes
					}
				}
				add = append(add, name)
				news = append(news, e)
			}
		}
		for k, name := range add {
			accepted[name] = append(accepted[name], owned{news[k], pf.i})
		}
		fixed[pf.i] = true
	}
	return fixed, warnings
}

// render applies the selected fixes to contents and formats each changed
// file. It returns the files whose content changes, by name, and the
// files that do not format.
func render(fixed []bool, fixes []pendingFix, contents map[string][]byte) (changes []fileChange, bad []string) {
	edits := make(map[string][]offsetEdit)
	for _, pf := range fixes {
		if !fixed[pf.i] {
			continue
		}
		for name, es := range pf.edits {
			for _, e := range es {
				if !slices.Contains(edits[name], e) {
					edits[name] = append(edits[name], e)
				}
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(edits)) {
		old := contents[name]
		es := edits[name]
		// Stable: insertions at one offset keep the order of their fixes,
		// and come before a replacement that starts there.
		slices.SortStableFunc(es, func(x, y offsetEdit) int {
			return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
		})
		var buf bytes.Buffer
		last := 0
		for _, e := range es {
			buf.Write(old[last:e.start])
			buf.WriteString(e.text)
			last = e.end
		}
		buf.Write(old[last:])
		new, err := formatEdited(old, buf.Bytes(), es)
		if err != nil {
			bad = append(bad, name)
			continue
		}
		if !bytes.Equal(new, old) {
			changes = append(changes, fileChange{name, old, new})
		}
	}
	return changes, bad
}
