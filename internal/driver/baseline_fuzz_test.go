package driver

import (
	"maps"
	"testing"
)

// FuzzBaseline checks the baseline format both ways: an entry that
// -write-baseline writes (any file, rule, message and count) reads back
// as the same entry, and any content parses without panicking, into
// entries that are written and read back unchanged. In CI:
//
//	go test -run XXX -fuzz FuzzBaseline -fuzztime 5s ./internal/driver/
func FuzzBaseline(f *testing.F) {
	f.Add("x.go", "a b", "msg", uint16(1), []byte("\"x.go\": \"a b\": msg\n"))
	f.Add("p/p.go", "bad-func", "function BadThing is bad", uint16(2), []byte("p/p.go: r x2: m\n"))
	f.Add("odd: name.go", "rule x2", "at a.go:1:2:3 (line 1(line 2))", uint16(3), []byte("\ufeff# c\r\n\"q\\\"\": \"r\" x3: m: n\r\n"))
	f.Add("-", "", "\n", uint16(1), []byte("-: r: m\n-: r: m\n"))
	f.Fuzz(func(t *testing.T, file, rule, msg string, count uint16, raw []byte) {
		// Written, then read back.
		k := baselineKey{file, rule, baselineMessage(msg)}
		if k.message != "" { // a finding always has a message
			want := map[baselineKey]int{k: max(int(count), 1)}
			data := formatBaseline("fakelint", want)
			b, err := parseBaseline("b.txt", data)
			if err != nil {
				t.Fatalf("written baseline does not read back: %v\n%s", err, data)
			}
			if !maps.Equal(b.counts, want) {
				t.Fatalf("written %#v, read back %#v\n%s", want, b.counts, data)
			}
		}

		// Read, then written and read again.
		b, err := parseBaseline("b.txt", raw)
		if err != nil {
			return
		}
		data := formatBaseline("fakelint", b.counts)
		again, err := parseBaseline("b.txt", data)
		if err != nil {
			t.Fatalf("baseline read from %q, written again, does not read back: %v\n%s", raw, err, data)
		}
		if !maps.Equal(again.counts, b.counts) {
			t.Fatalf("baseline read from %q as %#v, written and read again as %#v", raw, b.counts, again.counts)
		}
	})
}
