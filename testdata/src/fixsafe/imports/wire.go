package imports

import "fixsafe/tts/more"

// fallback is used when nothing else is: this file imports more, the file
// of the init function does not.
var fallback = more.Y{}
