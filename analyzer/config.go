package analyzer

import "github.com/registrylint/registrylint/internal/config"

// Config is registrylint's configuration (docs/manual.md, Configuration):
// the schema of .registrylint.yml and of golangci-lint's settings, for
// drivers that build the analyzer with one, such as a Bazel nogo
// wrapper.
type Config = config.Config

// LoadConfig reads and validates the YAML configuration file at filename;
// each error is one line, "file:line: key: what is wrong, what is
// expected".
func LoadConfig(filename string) (*Config, error) { return config.LoadConfig(filename) }

// ParseConfig decodes YAML configuration strictly and validates it, as
// [LoadConfig] does a file.
func ParseConfig(data []byte) (*Config, error) { return config.ParseConfig(data) }
