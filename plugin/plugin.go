// Package plugin makes registrylint a golangci-lint v2 module plugin.
//
// Build a golangci-lint binary that includes it with `golangci-lint custom`
// and the .custom-gcl.yml file at the root of this repository, then enable
// it in .golangci.yml (see .golangci.example.yml):
//
//	linters:
//	  default: none
//	  enable: [registrylint]
//	  settings:
//	    custom:
//	      registrylint:
//	        type: module
//	        settings:
//	          disable: [dynamic-name]
//
// The settings take the same schema as the standalone command's -config
// file (see Configuration in docs/manual.md), and are checked by the same
// decoder. Unknown keys, values of the wrong type, null entries, unknown
// rule IDs, unknown policies and malformed names make the plugin's
// constructor fail, so golangci-lint stops before any analysis with the
// messages a file would get, each line "registrylint settings: key: ..."
// (no line numbers). Without settings, each package's
// .registrylint.yml is used, as by the command.
package plugin

import (
	"reflect"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/registrylint/registrylint/analyzer"
	"github.com/registrylint/registrylint/internal/config"
)

// Name is the name of the linter in golangci-lint: the key under
// linters.settings.custom, the name in linters.enable and in
// //nolint:registrylint comments.
const Name = "registrylint"

func init() {
	register.Plugin(Name, New)
}

// New decodes and validates settings (the linters.settings.custom.registrylint.settings
// section of the golangci-lint configuration) and returns the plugin.
// A nil settings value (no settings: section; nil or a typed nil such as
// a nil map) means that each package's
// .registrylint.yml is discovered, as the standalone command does; settings
// override any such file.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := config.DecodeSettings(settings)
	if err != nil {
		return nil, err
	}
	return &linterPlugin{cfg: *cfg, discover: isNil(settings)}, nil
}

// isNil reports whether settings is nil or a nil map, slice, pointer or
// interface: golangci-lint may hand a typed nil for a missing settings:
// section, which means no settings as much as nil does.
func isNil(settings any) bool {
	if settings == nil {
		return true
	}
	switch v := reflect.ValueOf(settings); v.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer, reflect.Interface:
		return v.IsNil()
	}
	return false
}

// linterPlugin is the registrylint plugin for one validated configuration.
type linterPlugin struct {
	cfg      config.Config
	discover bool // no settings: find .registrylint.yml as the command does
}

// BuildAnalyzers returns the registrylint analyzer for the plugin's
// configuration (it requires the model analyzer, which golangci-lint runs
// too). golangci-lint prints the linter's name, not the diagnostic's
// category, so every message starts with its rule ID
// ("unregistered: ..."), the name to use in //registrylint:ignore. Each
// call returns fresh analyzers.
func (p *linterPlugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	// golangci-lint turns related positions into issues of their own: the
	// message names the position instead.
	opts := analyzer.Options{RuleInMessage: true, OmitRelated: true}
	if p.discover {
		return []*analysis.Analyzer{analyzer.NewWithOptions(nil, opts)}, nil
	}
	cfg := p.cfg
	return []*analysis.Analyzer{analyzer.NewWithOptions(&cfg, opts)}, nil
}

// GetLoadMode returns register.LoadModeTypesInfo: the rules need type
// information and facts from imported packages.
func (p *linterPlugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
