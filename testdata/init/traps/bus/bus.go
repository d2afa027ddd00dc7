// Package bus is an event bus: subscriptions made at run time by
// constructors, not a registry.
package bus

// Handler handles events.
type Handler interface {
	Handle(event string)
}

// Bus delivers events.
type Bus struct{ handlers []Handler }

// Attach subscribes h.
func (b *Bus) Attach(h Handler) { b.handlers = append(b.handlers, h) }

type auditor struct{}

func (auditor) Handle(string) {}

// NewAuditor subscribes an auditor.
func NewAuditor(b *Bus) { b.Attach(auditor{}) }

type mailer struct{}

func (mailer) Handle(string) {}

// NewMailer subscribes a mailer.
func NewMailer(b *Bus) { b.Attach(mailer{}) }

type pager struct{}

func (pager) Handle(string) {}

// NewPager subscribes a pager.
func NewPager(b *Bus) { b.Attach(pager{}) }
