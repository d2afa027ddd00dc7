// Package drv is a registry of self-registering drivers, gathered by
// drv/drivers.
package drv

// Driver is a driver.
//
//registrylint:adapter policy=self aggregator=selfcycle/drv/drivers
type Driver interface{ Name() string }

// Register registers a driver.
func Register(d Driver) {}
