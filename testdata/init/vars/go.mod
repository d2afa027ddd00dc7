module example.com/enc

go 1.24
