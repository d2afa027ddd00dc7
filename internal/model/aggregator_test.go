package model

import "testing"

func TestInferAggregator(t *testing.T) {
	blank := map[string][]string{
		"m/install": {"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce", "m/other"},
		"m/cmd":     {"m/install", "m/d/aws"},
		"m/partial": {"m/d/aws", "m/d/dns"},
	}
	for _, c := range []struct {
		name     string
		adapters []string
		want     string
	}{
		{"imports every adapter package", []string{"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce"}, "m/install"},
		{"one forgotten", []string{"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce", "m/d/consul"}, "m/install"},
		{"no share required", []string{"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce", "m/d/consul", "m/d/azure", "m/d/x", "m/d/y", "m/d/z"}, "m/install"},
		{"a tie is no aggregator", []string{"m/d/aws"}, ""},
		{"two of three, one forgotten", []string{"m/d/dns", "m/d/file", "m/d/kafka"}, "m/install"},
		{"one package, one importer", []string{"m/d/gce"}, "m/install"},
		{"no adapter packages", nil, ""},
	} {
		if got := InferAggregator(blank, c.adapters); got != c.want {
			t.Errorf("%s: InferAggregator = %q, want %q", c.name, got, c.want)
		}
	}
}
