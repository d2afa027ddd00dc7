// Command ttsapp lists the registered text-to-speech engines and speaks a
// line with the active one.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"example.com/ttsapp/tts"
	"example.com/ttsapp/tts/all"
)

func main() {
	engine := flag.String("engine", "piper", "name of the engine to use")
	text := flag.String("say", "hello", "text to speak")
	flag.Parse()
	log.SetFlags(0)

	reg := all.InitRegistry()
	for _, name := range reg.Names() {
		a, _ := reg.Get(name)
		fmt.Printf("%s: %s\n", name, a.Description())
	}
	for _, clash := range reg.Clashes() {
		fmt.Printf("warning: %s\n", clash)
	}

	if err := reg.SetActive(*engine); err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	a := reg.Active()
	if err := a.Initialize(ctx); err != nil {
		log.Fatal(err)
	}
	out, err := a.Execute(ctx, tts.Input{Text: *text})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("active: %s (said %q: %d bytes at %d Hz)\n", a.Name(), *text, len(out.Audio), out.SampleRate)
}
