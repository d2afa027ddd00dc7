// Package sinkutil helps sinks read the server's settings: it imports the
// server, so a sink that uses it cannot be imported back by the server.
package sinkutil

import "consumer/server"

// Broker is the server's kafka broker.
func Broker() string { return server.Broker }
