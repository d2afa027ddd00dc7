// The app command speaks with the engine named by its first argument.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/e2e/unregistered/tts/all"
)

func main() {
	name := "piper"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	a, ok := all.InitRegistry().Get(name)
	if !ok {
		fmt.Fprintln(os.Stderr, "unknown engine", name)
		os.Exit(1)
	}
	if err := a.Speak(context.Background(), "hello"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
