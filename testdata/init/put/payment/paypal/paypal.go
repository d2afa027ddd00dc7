// Package paypal charges through PayPal.
package paypal

// PayPal is the PayPal payment method.
type PayPal struct{ account string }

func (*PayPal) Name() string           { return "paypal" }
func (*PayPal) Charge(cents int) error { return nil }
