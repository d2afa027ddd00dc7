// Command filearg is linted by naming its file on the command line.
package main

import "fmt"

// Greeter says hello.
//
//registrylint:adapter
type Greeter interface{ Name() string }

// English greets in English.
type English struct{}

func (English) Name() string { return "en" }

// French greets in French, and is never registered.
type French struct{}

func (French) Name() string { return "fr" }

var greeters []Greeter

// Register adds a greeter.
func Register(g Greeter) { greeters = append(greeters, g) }

// setup registers the greeters.
//
//registrylint:init
func setup() {
	Register(English{})
}

func main() {
	setup()
	fmt.Println(len(greeters))
}
