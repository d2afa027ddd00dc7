// Package sql declares a self-registering driver registry whose
// aggregator path is misspelled.
package sql

// Driver is a database driver.
//
//registrylint:adapter policy=self aggregator=selfagg/drivrs
type Driver interface{ Name() string }

var drivers = map[string]Driver{}

// Register adds a driver.
func Register(d Driver) { drivers[d.Name()] = d }
