// Package newline decides which line ending registrylint writes into a
// Go file: the one that ends the file's first line.
//
// gofmt (and go/format) end every line with "\n", whatever the input:
// it strips carriage returns, even in comments and raw string literals.
// The fixes and the formatting of edited declarations keep a file's line
// endings instead, and must agree on them, also in a file whose lines do
// not all end alike: both ask [Of]. The first line decides because it is
// cheap to find and because a stray "\r\n" line (pasted from elsewhere)
// must not turn every line of a "\n" file into "\r\n" when it is fixed.
package newline

import "bytes"

// Of returns the line ending of src: "\r\n" when its first line ends so,
// else "\n" (also when src has no line ending). Of(src[i:]), for i the
// end of a line, is the line ending at i.
func Of(src []byte) string {
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}
