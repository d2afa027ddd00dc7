package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"maps"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A FileChange is the new content of a file.
type FileChange struct {
	Name     string
	Old, New []byte
}

// ApplyEdits computes the new content of each file that edits change, as
// -fix does: the edits spliced in, the edited declarations gofmt-formatted,
// the rest of the file (line endings included) kept. Overlapping edits and
// a result that is not valid Go are errors.
func ApplyEdits(fset *token.FileSet, edits []analysis.TextEdit) ([]FileChange, error) {
	byFile := make(map[string][]offsetEdit)
	contents := make(map[string][]byte)
	for _, e := range edits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return nil, fmt.Errorf("edit at an unknown position")
		}
		name := tf.Name()
		if _, ok := contents[name]; !ok {
			data, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			if len(data) != tf.Size() {
				return nil, fmt.Errorf("%s changed since it was analyzed", name)
			}
			contents[name] = data
		}
		byFile[name] = append(byFile[name], offsetEdit{tf.Offset(e.Pos), tf.Offset(cmp.Or(e.End, e.Pos)), string(e.NewText)})
	}
	var changes []FileChange
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		es := byFile[name]
		slices.SortStableFunc(es, func(x, y offsetEdit) int {
			return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
		})
		for i := 1; i < len(es); i++ {
			if overlaps(es[i-1], es[i]) {
				return nil, fmt.Errorf("overlapping edits of %s", name)
			}
		}
		old := contents[name]
		var spliced []byte
		last := 0
		for _, e := range es {
			spliced = append(spliced, old[last:e.start]...)
			spliced = append(spliced, e.text...)
			last = e.end
		}
		spliced = append(spliced, old[last:]...)
		formatted, err := formatEdited(old, spliced, es)
		if err != nil {
			return nil, fmt.Errorf("the edits of %s do not produce valid Go: %v", name, err)
		}
		changes = append(changes, FileChange{Name: name, Old: old, New: formatted})
	}
	return changes, nil
}

// WriteFile replaces the content of an existing file as -fix does (see
// replaceFile): atomically, through a symbolic link, keeping its mode,
// owner and hard links.
func WriteFile(name string, data []byte) error {
	_, err := replaceFile(name, nil, data, nil)
	return err
}

// UnifiedDiff returns the unified diff of a and b under the given names
// ("" for a file that does not exist yet: /dev/null).
func UnifiedDiff(oldName, newName string, a, b []byte) string {
	if oldName == "" {
		oldName = "/dev/null"
	}
	return unifiedDiff(oldName, newName, a, b)
}
