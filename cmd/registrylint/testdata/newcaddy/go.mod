module example.com/caddylike

go 1.24
