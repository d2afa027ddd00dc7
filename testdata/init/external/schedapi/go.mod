module example.com/schedapi

go 1.24
