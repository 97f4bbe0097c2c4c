#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Build lib/ the way an EL2/EL3 host does and check docs/design.md §4: no undefined symbols
# (`nm -u` prints nothing, not even memcpy/memset) and no stack frame over 256 bytes.
# Usage: scripts/freestanding-check.sh [OUTDIR]   (default build/freestanding)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/freestanding}
max_frame=256
status=0

check_one() { # name cc flags...
	local name=$1 cc=$2
	shift 2
	local dir=$out/$name
	rm -rf "$dir"
	mkdir -p "$dir/obj"
	if ! command -v "$cc" >/dev/null; then
		echo "freestanding[$name]: $cc not found" >&2
		return 1
	fi
	for src in lib/*.c; do
		"$cc" -std=c11 -O2 -Wall -Wextra -Wconversion -Wshadow -Werror \
			-ffreestanding -fno-builtin -nostdlib -fno-stack-protector \
			-fstack-usage "$@" -Iinclude -Ilib -c "$src" \
			-o "$dir/obj/$(basename "${src%.c}").o"
	done
	# One relocatable object holds the whole library (references between its own files
	# resolved), and the archive holds that object: `nm -u` on it lists exactly what the
	# library needs from its host, which must be nothing.
	local prefix=${cc%gcc}
	[[ $prefix == "$cc" ]] && prefix=
	"${prefix}ld" -r -o "$dir/ffa_validate.o" "$dir"/obj/*.o
	rm -f "$dir/libffa_validate.a"
	"${prefix}ar" rcs "$dir/libffa_validate.a" "$dir/ffa_validate.o"
	local undef
	undef=$("${prefix}nm" -u "$dir/libffa_validate.a" | grep -v -e '^$' -e ':$' | tr -s ' \n' ' ' || true)
	local frame
	frame=$(cat "$dir"/obj/*.su | awk -F'\t' '{ if ($2 + 0 > m) { m = $2 + 0; f = $1 } }
		END { printf "%d bytes (%s)\n", m, f }')
	local text
	text=$("${prefix}size" "$dir/ffa_validate.o" | awk 'END { print $1 + $2 + $3 }')
	printf "freestanding[%s]: undefined symbols: %s; largest stack frame: %s; size: %s bytes\n" \
		"$name" "${undef:-none}" "$frame" "${text:-?}"
	if [[ -n $undef ]]; then
		echo "freestanding[$name]: FAIL: the library references symbols it does not define" >&2
		status=1
	fi
	if (( ${frame%% *} > max_frame )); then
		echo "freestanding[$name]: FAIL: a stack frame exceeds $max_frame bytes" >&2
		status=1
	fi
}

check_one aarch64-gcc aarch64-linux-gnu-gcc -mgeneral-regs-only -fno-asynchronous-unwind-tables
check_one x86_64-gcc gcc -mgeneral-regs-only -fno-asynchronous-unwind-tables
check_one x86_64-gcc-nostrings gcc -DFFAV_NO_STRINGS -mgeneral-regs-only
exit $status
