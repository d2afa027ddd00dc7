package newline

import "testing"

func TestOf(t *testing.T) {
	for src, want := range map[string]string{
		"":                         "\n",
		"package p":                "\n",
		"package p\n":              "\n",
		"package p\r\n":            "\r\n",
		"\r\n":                     "\r\n",
		"\n":                       "\n",
		"package p\n\r\nvar x\r\n": "\n",   // the first line decides
		"package p\r\n\nvar x\n":   "\r\n", // the first line decides
		"a\rb\n":                   "\n",   // a lone carriage return ends no line
	} {
		if got := Of([]byte(src)); got != want {
			t.Errorf("Of(%q) = %q, want %q", src, got, want)
		}
	}
}
