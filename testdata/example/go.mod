module example.com/ttsapp

go 1.26.0
