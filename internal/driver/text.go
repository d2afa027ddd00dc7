package driver

import (
	"bytes"
	"fmt"
	"go/token"
	"io"
	"os"
	"strings"

	"github.com/registrylint/registrylint/internal/escape"
)

// writeText prints findings in the form path:line:col: message (category),
// each with -c lines of context and its related information. Messages
// carry names from the code, and the context its lines: escaped, they
// cannot start a line of their own (a CI workflow command, a forged
// finding) nor control the terminal.
func (r *runner) writeText(w io.Writer, fset *token.FileSet, findings []*finding) error {
	var buf bytes.Buffer
	lines := make(map[string][]string) // file contents for -c, by name
	print := func(pos, end token.Pos, message string) {
		posn := fset.Position(pos)
		fmt.Fprintf(&buf, "%s: %s\n", escape.Line(r.position(posn)), message)
		if r.opts.context < 0 || !posn.IsValid() {
			return
		}
		last := fset.Position(end)
		if !last.IsValid() || last.Filename != posn.Filename {
			last = posn
		}
		src, ok := lines[posn.Filename]
		if !ok {
			data, _ := os.ReadFile(posn.Filename)
			src = strings.Split(string(data), "\n")
			lines[posn.Filename] = src
		}
		for i := posn.Line - r.opts.context; i <= last.Line+r.opts.context; i++ {
			if 1 <= i && i <= len(src) {
				fmt.Fprintf(&buf, "%d\t%s\n", i, escape.Source(strings.TrimSuffix(src[i-1], "\r")))
			}
		}
	}
	for _, f := range findings {
		msg := f.diag.Message
		if c := f.diag.Category; c != "" {
			msg += " (" + c + ")"
		}
		print(f.diag.Pos, f.diag.End, escape.Line(msg))
		for _, rel := range f.diag.Related {
			print(rel.Pos, rel.End, "\t"+escape.Line(rel.Message))
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// position formats posn as path:line:col with the path relative to the
// working directory when that is shorter.
func (r *runner) position(posn token.Position) string {
	if posn.Filename != "" {
		posn.Filename = r.relPath(posn.Filename)
	}
	return posn.String()
}
