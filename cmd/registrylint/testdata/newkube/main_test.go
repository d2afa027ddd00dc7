package main

import "testing"

func TestStartup(t *testing.T) { main() }
