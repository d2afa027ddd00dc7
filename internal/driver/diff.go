package driver

import (
	"fmt"
	"slices"
	"strings"
)

// diffContext is the number of unchanged lines around each hunk.
const diffContext = 3

// A diffOp is one line of a line diff: kept (' '), deleted ('-') or
// inserted ('+'). text includes its newline, if any.
type diffOp struct {
	kind byte
	text string
}

// unifiedDiff returns the unified diff that turns old into new, with
// headers oldName and newName, or "" when they are equal.
func unifiedDiff(oldName, newName string, old, new []byte) string {
	ops := diffLines(splitLines(string(old)), splitLines(string(new)))

	// Group the changes into hunks [lo, hi) of ops with context.
	var hunks [][2]int
	for i, op := range ops {
		if op.kind == ' ' {
			continue
		}
		lo, hi := max(0, i-diffContext), min(len(ops), i+1+diffContext)
		if n := len(hunks); n > 0 && lo <= hunks[n-1][1] {
			hunks[n-1][1] = hi
		} else {
			hunks = append(hunks, [2]int{lo, hi})
		}
	}
	if len(hunks) == 0 {
		return ""
	}

	// Line counts of old and new before each op.
	aLine, bLine := make([]int, len(ops)+1), make([]int, len(ops)+1)
	for i, op := range ops {
		aLine[i+1], bLine[i+1] = aLine[i], bLine[i]
		if op.kind != '+' {
			aLine[i+1]++
		}
		if op.kind != '-' {
			bLine[i+1]++
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks {
		lo, hi := h[0], h[1]
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(aLine[lo], aLine[hi]-aLine[lo]), hunkRange(bLine[lo], bLine[hi]-bLine[lo]))
		for _, op := range ops[lo:hi] {
			b.WriteByte(op.kind)
			b.WriteString(op.text)
			if !strings.HasSuffix(op.text, "\n") {
				b.WriteString("\n\\ No newline at end of file\n")
			}
		}
	}
	return b.String()
}

// hunkRange formats the range of n lines after line start (0-based).
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// splitLines splits s after each newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines returns a shortest edit script from a to b (Myers' O(ND)
// algorithm, after trimming the common prefix and suffix, which is all of
// the file but a few lines for typical fixes).
func diffLines(a, b []string) []diffOp {
	var prefix, suffix []diffOp
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		prefix = append(prefix, diffOp{' ', a[0]})
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		suffix = append(suffix, diffOp{' ', a[len(a)-1]})
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	slices.Reverse(suffix)
	return slices.Concat(prefix, myers(a, b), suffix)
}

// myers returns a shortest edit script from a to b.
func myers(a, b []string) []diffOp {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1) // v[off+k]: furthest x on diagonal k
	// trace[d] holds v[off-d : off+d+1] as it was before step d.
	var trace [][]int
	x, y := 0, 0
search:
	for d := 0; d <= n+m; d++ {
		trace = append(trace, slices.Clone(v[off-d:off+d+1]))
		for k := -d; k <= d; k += 2 {
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: insert b[y]
			} else {
				x = v[off+k-1] + 1 // right: delete a[x]
			}
			y = x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}

	// Walk back from (n, m) through the trace.
	var ops []diffOp
	x, y = n, m
	for d := len(trace) - 1; d > 0; d-- {
		prev := trace[d] // v before step d, indexed by k+d
		at := func(k int) int { return prev[k+d] }
		k := x - y
		var pk int
		if k == -d || k != d && at(k-1) < at(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		for x > px && y > py {
			ops = append(ops, diffOp{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if x == px {
			ops = append(ops, diffOp{'+', b[y-1]})
			y--
		} else {
			ops = append(ops, diffOp{'-', a[x-1]})
			x--
		}
	}
	for x > 0 && y > 0 {
		ops = append(ops, diffOp{' ', a[x-1]})
		x, y = x-1, y-1
	}
	slices.Reverse(ops)
	return ops
}
