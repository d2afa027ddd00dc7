package model

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"github.com/registrylint/registrylint/internal/config"

	"golang.org/x/tools/go/analysis"
)

// TestFactsGob guards that every fact survives gob encoding, as go vet and
// nogo need: they hand facts between processes through files.
func TestFactsGob(t *testing.T) {
	facts := []analysis.Fact{
		&PackageFact{
			Registries: []RegistryInfo{{Key: "example.com/tts.Adapter", Policy: config.PolicySelf, NameMethod: "Name", Aggregator: "example.com/all", HasRegister: true}},
			Adapters: []AdapterInfo{{
				Type: "example.com/tts/piper.Piper", Pointer: true, Registries: []string{"example.com/tts.Adapter"},
				Name: "piper", NameKnown: true, NameFromCall: true, Posn: "example.com/tts/piper/piper.go:12",
				Embeds: []string{"example.com/tts.Base"}, Constructor: "New",
			}},
			RegisterFor: []string{"example.com/tts.Adapter"},
			Outside:     []OutsideRegistration{{Type: "example.com/tts/coqui.Coqui", Posn: "tts/coqui/coqui.go:12", Wrapper: true}},
		},
		&RegistryFact{Info: RegistryInfo{Key: "example.com/tts.Adapter", Policy: config.PolicySelf, NameMethod: "Name", Aggregator: "example.com/all", HasRegister: true}},
		&InitFact{Registries: []string{"example.com/tts.Adapter"}, Registered: []string{"example.com/tts/piper.Piper"}},
		&RegisterFact{Registries: []string{"example.com/tts.Adapter"}},
		&ReturnsFact{Types: []string{"example.com/tts/a.A", "example.com/tts/b.B"}, Unresolved: true},
	}
	if got, want := len(facts), len(FactTypes()); got != want {
		t.Fatalf("test covers %d fact types, the analyzer has %d", got, want)
	}
	for _, f := range facts {
		// Every field set: a field added later without a value here
		// fails the test, so the round trip covers it.
		if path := zeroField(reflect.ValueOf(f).Elem(), reflect.TypeOf(f).Elem().Name()); path != "" {
			t.Errorf("%s is not set in the test: set every field of every fact", path)
		}
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			t.Fatalf("encode %T: %v", f, err)
		}
		got := reflect.New(reflect.TypeOf(f).Elem()).Interface()
		if err := gob.NewDecoder(&buf).Decode(got); err != nil {
			t.Fatalf("decode %T: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("%T changed in a gob round trip:\n got %+v\nwant %+v", f, got, f)
		}
		if f.(interface{ String() string }).String() == "" {
			t.Errorf("%T has an empty String()", f)
		}
	}
}

// zeroField returns the path of the first field of v (a struct, or slices
// of structs) that holds its zero value, or "".
func zeroField(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if p := zeroField(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Slice:
		if v.Len() == 0 {
			return path
		}
		for i := 0; i < v.Len(); i++ {
			if p := zeroField(v.Index(i), path+"[]"); p != "" {
				return p
			}
		}
		return ""
	}
	if v.IsZero() {
		return path
	}
	return ""
}
