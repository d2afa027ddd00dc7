package load

import (
	"bufio"
	"bytes"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/tools/go/gcexportdata"
)

// TestExportData: the export data of a cmd/export file (the whole file)
// and of a cmd/compile archive (the section of __.PKGDEF) is found and
// read by gcexportdata.Read; a member other than __.PKGDEF first is an
// error.
func TestExportData(t *testing.T) {
	pkg := types.NewPackage("example.com/p", "p")
	pkg.Scope().Insert(types.NewVar(token.NoPos, pkg, "Answer", types.Typ[types.Int]))
	pkg.MarkComplete()
	var data bytes.Buffer
	if err := gcexportdata.Write(&data, token.NewFileSet(), pkg); err != nil {
		t.Fatal(err)
	}
	section := "go object linux amd64 go1.26 X:none\nbuild id \"abc\"\n\n$$B\n" + data.String() + "\n$$\n"
	member := func(name, body string) string {
		s := fmt.Sprintf("%-16s%-12s%-6s%-6s%-8s%-10d`\n", name, "0", "0", "0", "644", len(body)) + body
		if len(body)%2 == 1 {
			s += "\n"
		}
		return s
	}
	read := func(file string) (*types.Package, error) {
		r, err := exportData(bufio.NewReader(strings.NewReader(file)))
		if err != nil {
			return nil, err
		}
		return gcexportdata.Read(r, token.NewFileSet(), make(map[string]*types.Package), "example.com/p")
	}
	for _, tc := range []struct{ name, file string }{
		{"cmd/export file", data.String()},
		{"archive", archiveMagic + member("__.PKGDEF", section) + member("_go_.o", "object code")},
	} {
		got, err := read(tc.file)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got.Scope().Lookup("Answer") == nil {
			t.Errorf("%s: Answer not found in %v", tc.name, got.Scope().Names())
		}
	}
	if _, err := read(archiveMagic + member("_go_.o", "object code")); err == nil || !strings.Contains(err.Error(), "not a package file") {
		t.Errorf("an archive without __.PKGDEF first: error %v, want not a package file", err)
	}
}

// TestExportDataOfGoList reads the export data that go list -export
// names for a package of the standard library, whatever its shape in
// this Go release.
func TestExportDataOfGoList(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-export", "-f", "{{.Export}}", "errors").Output()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := exportData(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := gcexportdata.Read(r, token.NewFileSet(), make(map[string]*types.Package), "errors")
	if err != nil {
		t.Fatal(err)
	}
	if pkg.Scope().Lookup("New") == nil {
		t.Errorf("errors.New not found in %v", pkg.Scope().Names())
	}
}
