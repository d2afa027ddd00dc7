// Package catalog keeps the payment methods a shop accepts.
package catalog

// Payment charges a customer.
type Payment interface {
	Name() string
	Charge(cents int) error
}

// Catalog holds the payment methods by name.
type Catalog struct{ byName map[string]Payment }

// Put stores a payment method under its name: a register method that is
// not called Register.
func (c *Catalog) Put(p Payment) {
	if c.byName == nil {
		c.byName = make(map[string]Payment)
	}
	c.byName[p.Name()] = p
}

// Get returns the payment method of name, or nil.
func (c *Catalog) Get(name string) Payment { return c.byName[name] }
