# build_custom_gcl ROOT CACHE: builds golangci-lint with the registrylint
# module plugin (ROOT/.custom-gcl.yml) without reaching GitHub, and sets
# GCL_BIN to the binary. Needs only the Go module proxy.
#
# `golangci-lint custom` runs `git clone --branch VERSION --depth 1
# https://github.com/golangci/golangci-lint.git`, rewrites
# cmd/golangci-lint/plugins.go, adds `replace MODULE => PATH`, runs
# `go mod tidy` and `go build ./cmd/golangci-lint` in the clone (see
# pkg/commands/internal/builder.go). The module proxy serves the same source
# as the tag, so we turn the module into a local git repository with that
# tag and make git clone it instead, through GIT_CONFIG_* variables (the
# builder passes those through to git; it drops most other GIT_ variables).
#
# CACHE keeps the golangci-lint bootstrap binary, the local repository and
# the custom binaries, each keyed by what it is built from, so a rerun with
# unchanged sources skips the whole build.
# shellcheck shell=bash

build_custom_gcl() {
	local root=$1 cache=$2
	local version
	version=$(sed -n 's/^version:[[:space:]]*"\{0,1\}\([^"#[:space:]]*\).*/\1/p' "$root/.custom-gcl.yml")
	[[ -n $version ]] || die "no version: in .custom-gcl.yml"
	local name
	name=$(sed -n 's/^name:[[:space:]]*"\{0,1\}\([^"#[:space:]]*\).*/\1/p' "$root/.custom-gcl.yml")
	name=${name:-custom-gcl}

	local key
	key=$(
		cd "$root" && {
			go version
			echo "$version"
			hash_inputs .custom-gcl.yml go.mod go.sum plugin analyzer internal
		} | sha256sum | cut -c1-16
	)
	local out="$cache/custom/$key"
	GCL_BIN="$out/$name"
	if [[ -x $GCL_BIN ]]; then
		echo "cached: $GCL_BIN (key $key)"
		touch "$out"
		return
	fi
	mkdir -p "$cache/custom"

	# 1. golangci-lint itself, through the module proxy.
	local bootstrap="$cache/bootstrap/$version"
	if [[ ! -x $bootstrap/golangci-lint ]]; then
		echo "go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$version"
		GOBIN="$bootstrap" go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$version"
	fi
	"$bootstrap/golangci-lint" version

	# 2. A local git repository with the module source, tagged $version.
	local repo="$cache/golangci-lint-$version.git"
	if ! git -C "$repo" rev-parse -q --verify "refs/tags/$version" >/dev/null 2>&1; then
		local src
		src=$(cd / && go mod download -json "github.com/golangci/golangci-lint/v2@$version" |
			sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
		[[ -d $src ]] || die "module source of golangci-lint $version not found (go mod download)"
		echo "local repository $repo from $src"
		rm -rf "$repo" "$repo.tmp"
		cp -R "$src" "$repo.tmp"
		chmod -R u+w "$repo.tmp"
		(
			cd "$repo.tmp" || exit
			git_ci init -q
			git_ci add -A -f .
			git_ci commit -q -m "golangci-lint $version from the Go module proxy"
			git_ci tag "$version"
		)
		mv "$repo.tmp" "$repo"
	fi

	# 3. golangci-lint custom, cloning the local repository.
	echo "golangci-lint custom (clones $repo instead of GitHub)"
	rm -rf "$out.tmp"
	mkdir -p "$out.tmp"
	(
		cd "$root"
		GIT_CONFIG_COUNT=1 \
			GIT_CONFIG_KEY_0="url.file://$repo.insteadOf" \
			GIT_CONFIG_VALUE_0=https://github.com/golangci/golangci-lint.git \
			"$bootstrap/golangci-lint" custom -v --destination "$out.tmp"
	) || die "golangci-lint custom failed"
	rm -rf "$out"
	mv "$out.tmp" "$out"

	# Keep the three most recent custom builds.
	find "$cache/custom" -mindepth 1 -maxdepth 1 -type d -printf '%T@ %p\n' |
		sort -rn | tail -n +4 | cut -d' ' -f2- | xargs -r rm -rf
}
