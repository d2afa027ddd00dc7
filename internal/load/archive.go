package load

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// archiveMagic starts an archive (.a) of cmd/compile.
const archiveMagic = "!<arch>\n"

// exportData returns the export data of the file that go list -export
// names, read from r, for gcexportdata.Read.
//
// From Go 1.28 on, go list -export names a file of cmd/export, which is
// export data from its first byte: r is returned as is. Until Go 1.27, it
// names the archive (.a) that cmd/compile writes, whose first member,
// __.PKGDEF, holds cmd/compile's unified export data after a few header
// lines: exportData returns that section alone. Read decodes both.
//
// gcexportdata.NewReader, which did the same, is deprecated: gcexportdata
// stops finding export data in archives in Go 1.29. Locating the section
// here keeps archives readable with any x/tools; what Read decodes is
// still up to it, which supports the formats of the last two Go releases
// (an archive it no longer knows the format of is an error of the
// package, as any unreadable export data is).
func exportData(r *bufio.Reader) (io.Reader, error) {
	magic, err := r.Peek(len(archiveMagic))
	if err != nil || string(magic) != archiveMagic {
		return r, nil // not an archive (or too short to be one): Read says what it is
	}
	if _, err := r.Discard(len(archiveMagic)); err != nil {
		return nil, err
	}
	size, err := pkgdefSize(r)
	if err != nil {
		return nil, err
	}
	// Header lines ("go object ...", the build ID), up to the
	// section marker; ReadSlice bounds each by the buffer size.
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return nil, fmt.Errorf("can't find export data (%v)", err)
		}
		size -= int64(len(line))
		if string(line) == "$$B\n" {
			break
		}
		if bytes.HasPrefix(line, []byte("$$")) {
			return nil, fmt.Errorf("unknown export data header: %q", line)
		}
	}
	// The section ends with "\n$$\n", which is not export data.
	size -= int64(len("\n$$\n"))
	if size < 0 {
		return nil, fmt.Errorf("invalid size of __.PKGDEF in the archive (recompile package)")
	}
	return &io.LimitedReader{R: r, N: size}, nil
}

// pkgdefSize reads the header of an archive's first member, which must be
// __.PKGDEF, and returns the size of that member.
func pkgdefSize(r *bufio.Reader) (int64, error) {
	// name[16] mtime[12] uid[6] gid[6] mode[8] size[10] "`\n"
	var hdr [60]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, fmt.Errorf("can't find export data (%v)", err)
	}
	if name := strings.TrimRight(string(hdr[0:16]), " "); name != "__.PKGDEF" {
		return 0, fmt.Errorf("not a package file: the first archive member is %q", name)
	}
	size, err := strconv.ParseInt(strings.TrimRight(string(hdr[48:58]), " "), 10, 64)
	if err != nil || size <= 0 || string(hdr[58:60]) != "`\n" {
		return 0, fmt.Errorf("not a package file: bad archive header")
	}
	return size, nil
}
