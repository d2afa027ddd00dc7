package load

import (
	"bufio"
	"fmt"
	"go/types"
	"os"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// readExportData fills in p.Types from p's export data. Reads are
// serialised: each may complete packages shared by the whole graph.
func (ld *mixedLoader) readExportData(p *packages.Package) {
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	if err := ld.readExportDataLocked(p); err != nil {
		p.IllTyped = true
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

// readExportDataLocked reads p's export data, from the file that go list
// -export names, into p.Types, with exportMu held.
func (ld *mixedLoader) readExportDataLocked(p *packages.Package) error {
	if p.ExportFile == "" {
		return fmt.Errorf("no export data for %s", p.ID)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	// A cmd/export file, or the export data section of an archive of
	// cmd/compile (see exportData).
	r, err := exportData(bufio.NewReader(f))
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	// gcexportdata knows packages by path: the view holds the package of
	// every path in p's import graph (test variants of one path never
	// meet in one graph), so that reading creates no package of its own.
	view := make(map[string]*types.Package)
	seen := make(map[*packages.Package]bool)
	var visit func(map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, imp := range imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = imp.Types
				visit(imp.Imports)
			}
		}
	}
	visit(p.Imports)
	view[p.PkgPath] = p.Types
	tpkg, err := gcexportdata.Read(r, ld.fset, view, p.PkgPath)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	p.Types = tpkg
	return nil
}
