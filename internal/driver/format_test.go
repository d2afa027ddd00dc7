package driver

import (
	"strings"
	"testing"
)

// TestFormatEditedLineEndings: in a file whose lines do not all end
// alike, the declaration that an edit touches is formatted with the line
// ending of the file's first line (the one the fixes write: see package
// newline), and every other byte stays as it was.
func TestFormatEditedLineEndings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, first, rest string }{
		{"lf", "\n", "\n"},
		{"crlf", "\r\n", "\r\n"},
		{"lf-then-crlf", "\n", "\r\n"},
		{"crlf-then-lf", "\r\n", "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// The untouched declaration is not gofmt-clean; the edited one
			// gets a line of its own, as a fix writes it.
			old := "package p" + tc.first + tc.rest + "var  untouched  = 1" + tc.rest + tc.rest + "func F() {" + tc.rest + "}" + tc.rest
			at := strings.Index(old, "{") + 1
			insert := tc.first + "\tprintln( )"
			edited := old[:at] + insert + old[at:]
			got, err := formatEdited([]byte(old), []byte(edited), []offsetEdit{{start: at, end: at, text: insert}})
			if err != nil {
				t.Fatal(err)
			}
			want := old[:strings.Index(old, "func")] + "func F() {" + tc.first + "\tprintln()" + tc.first + "}" + tc.rest
			if string(got) != want {
				t.Errorf("formatEdited:\n%q\nwant:\n%q", got, want)
			}
		})
	}
}
