package tts

// Piper is a neural engine.
type Piper struct{ model string }

// NewPiper returns Piper with its default voice model.
func NewPiper() *Piper { return &Piper{model: "en_US-lessac-medium"} }

func (*Piper) Name() string                      { return "piper" }
func (*Piper) Speak(text string) ([]byte, error) { return []byte(text), nil }

// Coqui has a constructor but no registration.
type Coqui struct{ gpu bool }

// NewCoqui returns Coqui on the CPU.
func NewCoqui() *Coqui { return &Coqui{} }

func (*Coqui) Name() string                      { return "coqui" }
func (*Coqui) Speak(text string) ([]byte, error) { return []byte(text), nil }

// Mimic has pointer methods and no constructor, and no registration.
type Mimic struct{ voice string }

func (*Mimic) Name() string                      { return "mimic" }
func (*Mimic) Speak(text string) ([]byte, error) { return []byte(text), nil }
