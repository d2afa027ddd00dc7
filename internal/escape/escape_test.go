package escape

import (
	"encoding/json"
	"testing"
)

func TestLine(t *testing.T) {
	for _, tc := range []struct{ in, line, source string }{
		{"piper", "piper", "piper"},
		{"café ü 日本", "café ü 日本", "café ü 日本"},
		{"a\nb", `a\nb`, `a\nb`},
		{"a\r::error::x", `a\r::error::x`, `a\r::error::x`},
		{"\tx := 1", `\tx := 1`, "\tx := 1"},
		{"\x1b[2J\x00\x7f", `\x1b[2J\x00\x7f`, `\x1b[2J\x00\x7f`},
		{"\u0085\u2028\u2029\u202e\u200b\ufeff", `\u0085\u2028\u2029\u202e\u200b\ufeff`, `\u0085\u2028\u2029\u202e\u200b\ufeff`},
		{"\U000e0001", `\U000e0001`, `\U000e0001`},
		{"bad\xff\xfe", `bad\xff\xfe`, `bad\xff\xfe`},
		{`back\slash "quote"`, `back\slash "quote"`, `back\slash "quote"`},
	} {
		if got := Line(tc.in); got != tc.line {
			t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.line)
		}
		if got := Source(tc.in); got != tc.source {
			t.Errorf("Source(%q) = %q, want %q", tc.in, got, tc.source)
		}
	}
}

func TestMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"piper":       "`piper`",
		"a|b":         "`a\\|b`",
		"a`b":         "``a`b``",
		"`a":          "`` `a ``",
		"x\n## title": "`x\\n## title`",
	} {
		if got := MarkdownCode(in); got != want {
			t.Errorf("MarkdownCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := MarkdownText("tts/a_b.go:3 <b>|x\n"), `tts/a_b.go:3 \<b\>\|x\\n`; got != want {
		t.Errorf("MarkdownText = %q, want %q", got, want)
	}
	if got, want := Mermaid(`a"] --> b["<i>#quot;`+"\n"), `a#quot;] --#gt; b[#quot;#lt;i#gt;#35;quot;\n`; got != want {
		t.Errorf("Mermaid = %q, want %q", got, want)
	}
}

func TestJSON(t *testing.T) {
	in := "a\u202eb\U000e0001\u200bc\x1b"
	data, err := json.Marshal(map[string]string{"name": in})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(data)
	if HasUnsafe(string(out)) {
		t.Errorf("JSON left a raw format character: %q", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["name"] != in {
		t.Errorf("JSON(%s) = %s, reads back as %q (%v)", data, out, back["name"], err)
	}
}
