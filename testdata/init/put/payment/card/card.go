// Package card charges credit cards.
package card

// Card is the card payment method.
type Card struct{}

// New returns the card payment method.
func New() *Card { return &Card{} }

func (*Card) Name() string           { return "card" }
func (*Card) Charge(cents int) error { return nil }
