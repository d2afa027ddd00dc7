package app

import (
	"dispatch/codec"
	"dispatch/codec/gz"
)

// Tests build their own lists and switches: exempt by default.
var testList = []codec.Codec{gz.New()}

func testPick(name string) codec.Codec {
	switch name {
	case "gzip":
		return gz.New()
	}
	return nil
}
