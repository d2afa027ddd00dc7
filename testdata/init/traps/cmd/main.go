// Command traps uses the packages.
package main

import (
	"example.com/traps/bus"
	"example.com/traps/errs"
	"example.com/traps/options"
	_ "example.com/traps/testonly"
	"example.com/traps/web"
)

func main() {
	_ = web.Routes()
	b := &bus.Bus{}
	bus.NewAuditor(b)
	bus.NewMailer(b)
	bus.NewPager(b)
	_ = options.Default()
	_ = errs.All()
}
