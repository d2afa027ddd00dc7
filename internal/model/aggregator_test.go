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
		{"80% is enough", []string{"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce", "m/d/consul"}, "m/install"},
		{"below 80%: none", []string{"m/d/aws", "m/d/dns", "m/d/file", "m/d/gce", "m/d/consul", "m/d/azure"}, ""},
		{"one package is no aggregation", []string{"m/d/aws"}, ""},
		{"no adapter packages", nil, ""},
	} {
		if got := InferAggregator(blank, c.adapters); got != c.want {
			t.Errorf("%s: InferAggregator = %q, want %q", c.name, got, c.want)
		}
	}
}
