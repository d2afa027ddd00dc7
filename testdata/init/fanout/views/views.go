// Package views renders what commands do, for humans or as JSON.
package views

// ViewType says how to render.
type ViewType int

// The view types.
const (
	ViewHuman ViewType = iota
	ViewJSON
)

// View is the terminal.
type View struct{ Out []string }

// Apply renders the apply command.
type Apply interface {
	Resources(n int)
	Diagnostics(msgs []string)
}

// ApplyHuman renders for humans.
type ApplyHuman struct{ view *View }

func (v *ApplyHuman) Resources(n int)           {}
func (v *ApplyHuman) Diagnostics(msgs []string) {}

// ApplyJSON renders JSON.
type ApplyJSON struct{ view *View }

func (v *ApplyJSON) Resources(n int)           {}
func (v *ApplyJSON) Diagnostics(msgs []string) {}

// ApplyMulti renders to several views at once: a multiplexer.
type ApplyMulti []Apply

func (m ApplyMulti) Resources(n int) {
	for _, v := range m {
		v.Resources(n)
	}
}

func (m ApplyMulti) Diagnostics(msgs []string) {
	for _, v := range m {
		v.Diagnostics(msgs)
	}
}

// NewApply returns the view of vt: for humans, a fan-out to the human
// and the JSON views, a literal built per call, no registry.
func NewApply(vt ViewType, view *View) Apply {
	switch vt {
	case ViewJSON:
		return &ApplyJSON{view: view}
	default:
		human := &ApplyHuman{view: view}
		return ApplyMulti{human, &ApplyJSON{view: view}}
	}
}

// Plan renders the plan command.
type Plan interface {
	Changes(n int)
}

// PlanHuman renders plans for humans.
type PlanHuman struct{}

func (PlanHuman) Changes(n int) {}

// PlanJSON renders plans as JSON.
type PlanJSON struct{}

func (PlanJSON) Changes(n int) {}

// planTee writes a plan to two views.
type planTee struct{ views []Plan }

func (t planTee) Changes(n int) {
	for _, v := range t.views {
		v.Changes(n)
	}
}

// NewPlan returns a view that renders a plan to both views.
func NewPlan() Plan {
	return planTee{views: []Plan{PlanHuman{}, PlanJSON{}}}
}
