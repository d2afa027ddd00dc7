package scaffold

import "testing"

func TestNewKeyStyle(t *testing.T) {
	for _, tc := range []struct {
		names []string
		near  string
		want  string
	}{
		{nil, "", "my-thing"},
		{[]string{"consul", "dns", "kubernetes"}, "", "mything"},
		{[]string{"file_server", "gzip"}, "", "my_thing"},
		{[]string{"http-server", "grpc"}, "", "my-thing"},
		{[]string{"DefaultBinder", "NodeName", "TaintToleration"}, "", "MyThing"},
		{[]string{"DefaultBinder", "node-name"}, "", "my-thing"},
		{[]string{"http.encoders.gzip", "http.handlers.file_server"}, "http.handlers.file_server", "http.handlers.my_thing"},
		{[]string{"http.encoders.gzip", "http.encoders.zstd"}, "http.encoders.zstd", "http.encoders.mything"},
	} {
		if got := newKey("MyThing", tc.names, tc.near); got != tc.want {
			t.Errorf("newKey(MyThing, %q, %q) = %q, want %q", tc.names, tc.near, got, tc.want)
		}
	}
}

func TestAssumedName(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/caddyserver/caddy/v2": "caddy",
		"github.com/mattn/go-sqlite3":     "sqlite3",
		"gopkg.in/yaml.v3":                "yaml",
		"example.com/app/tts":             "tts",
		"v2":                              "v2",
	} {
		if got := assumedName(path); got != want {
			t.Errorf("assumedName(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestReplaceWord(t *testing.T) {
	if got := replaceWord("consulMetrics are the metrics of consul, not consular", "consul", "mything"); got != "consulMetrics are the metrics of mything, not consular" {
		t.Errorf("replaceWord: %q", got)
	}
}

func TestPathName(t *testing.T) {
	for name, want := range map[string]string{
		"MyTTS":   "mytts",
		"Éclair":  "eclair",
		"Ǆemal":   "dzemal",
		"Type":    "typeadapter",
		"Default": "defaultadapter",
		"Main":    "mainadapter",
		"Init":    "initadapter",
		"Ω":       "",
	} {
		if got := pathName(name); got != want {
			t.Errorf("pathName(%q) = %q, want %q", name, got, want)
		}
	}
}
