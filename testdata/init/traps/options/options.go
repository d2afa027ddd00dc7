// Package options uses functional options, not a registry.
package options

type config struct{ port, retries int }

// Option configures a server.
type Option interface{ apply(*config) }

type port int

func (p port) apply(c *config) { c.port = int(p) }

type retries int

func (r retries) apply(c *config) { c.retries = int(r) }

// New returns a server's configuration.
func New(opts ...Option) config {
	var c config
	for _, o := range opts {
		o.apply(&c)
	}
	return c
}

// Default is the default server.
func Default() config { return New(port(80), retries(3)) }
