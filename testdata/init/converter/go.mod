module example.com/tofu

go 1.24
