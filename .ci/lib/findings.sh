# Reading findings out of tool output, and editing a throwaway copy of the
# example so that a finding is suppressed.
# shellcheck shell=bash

# findings_tsv OUTPUT: prints "file<TAB>line<TAB>tag" for every line of
# OUTPUT shaped `file.go:LINE:COL: message (tag)`: the tag is the rule ID
# for the registrylint command and "registrylint" for golangci-lint.
findings_tsv() {
	sed -nE 's/^(.+\.go):([0-9]+):[0-9]+: .* \(([a-z][a-z-]*)\)$/\1\t\2\t\3/p' "$1"
}

# finding_lines OUTPUT: prints the finding lines of OUTPUT, as they are.
finding_lines() {
	grep -E '^.+\.go:[0-9]+:[0-9]+: .* \([a-z][a-z-]*\)$' "$1" || true
}

# resolve DIR FILE: FILE as an absolute path (relative ones are under DIR).
resolve() {
	case $2 in
	/*) printf '%s\n' "$2" ;;
	*) printf '%s\n' "$1/${2#./}" ;;
	esac
}

# insert_before FILE LINE TEXT: inserts TEXT as a line before line LINE of
# FILE, indented like LINE.
insert_before() {
	local file=$1 line=$2 text=$3 tmp
	tmp=$(mktemp)
	awk -v n="$line" -v t="$text" '
		NR == n { match($0, /^[ \t]*/); print substr($0, 1, RLENGTH) t }
		{ print }
	' "$file" >"$tmp"
	cat "$tmp" >"$file"
	rm -f "$tmp"
}

# add_nolint DIR FILE LINE: adds //nolint:registrylint for line LINE of
# FILE: at the end of the line when it has no comment, else on a line of
# its own before it (golangci-lint then applies it to the statement or
# declaration that starts on LINE).
add_nolint() {
	local file
	file=$(resolve "$1" "$2")
	if sed -n "${3}p" "$file" | grep -q '//'; then
		insert_before "$file" "$3" "//nolint:registrylint"
	else
		sed -i "${3}s|\$| //nolint:registrylint|" "$file"
	fi
}

# add_ignores DIR OUTPUT: for every finding of the registrylint command in
# OUTPUT, inserts `//registrylint:ignore RULE[,RULE] reason` on the line
# before the reported line (SPEC §3), bottom-up so that line numbers stay
# valid. Prints how many lines it inserted.
add_ignores() {
	local dir=$1 out=$2 file line rules n=0
	while IFS=$'\t' read -r file line rules; do
		insert_before "$(resolve "$dir" "$file")" "$line" \
			"//registrylint:ignore $rules planted mistake of the example, accepted in this CI copy"
		n=$((n + 1))
	done < <(
		findings_tsv "$out" | sort -u |
			awk -F'\t' '
				{ k = $1 "\t" $2; if (k in r) r[k] = r[k] "," $3; else r[k] = $3 }
				END { for (k in r) print k "\t" r[k] }
			' | sort -t$'\t' -k1,1 -k2,2nr
	)
	echo "$n"
}
