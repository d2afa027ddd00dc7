module example.com/caddy/v2

go 1.24
