// Package server serves the shop.
package server

import (
	"example.com/shop/catalog"
	"example.com/shop/payment/card"
	"example.com/shop/payment/paypal"
	"example.com/shop/payment/wire"
)

type server struct {
	payments *catalog.Catalog
	fee      int
}

// setupPayments puts every payment method in the catalog: an unexported
// init method.
func (s *server) setupPayments() {
	s.payments = &catalog.Catalog{}
	s.payments.Put(card.New())
	s.payments.Put(&paypal.PayPal{})
	s.fee = wire.Fee
}

// Run serves the shop.
func Run() error {
	s := &server{}
	s.setupPayments()
	return s.payments.Get("card").Charge(100)
}
