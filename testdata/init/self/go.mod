module example.com/prom

go 1.24
