# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
# shellcheck shell=bash
#
# Shared by contrib/{linux,xen,hafnium}/import.sh (sourced, bash). Each host gets the
# library the way Linux gets libfdt: the files of include/ and lib/ copied unmodified into
# one directory of the host's tree, next to an environment header and a build fragment
# that this import fills with the current list of lib/*.c, plus a VERSION file saying
# exactly what was imported.

ffav_die()
{
	echo "import: $*" >&2
	exit 1
}

# ffav_check_src SRC: SRC must be a libffa_validate tree.
ffav_check_src()
{
	if [ ! -f "$1/include/ffa_validate.h" ] || [ ! -d "$1/lib" ]; then
		ffav_die "$1 is not a libffa_validate source tree (no include/ffa_validate.h)"
	fi
}

# ffav_header_version SRC: "MAJOR.MINOR.PATCH" from FFAV_LIB_VERSION_* in ffa_validate.h.
ffav_header_version()
{
	local part v out=""

	for part in MAJOR MINOR PATCH; do
		v=$(sed -n "s/^#define FFAV_LIB_VERSION_${part} \\([0-9][0-9]*\\).*/\\1/p" \
			"$1/include/ffa_validate.h")
		[ -n "$v" ] || ffav_die "no FFAV_LIB_VERSION_${part} in $1/include/ffa_validate.h"
		out="${out:+$out.}$v"
	done
	echo "$out"
}

# ffav_version SRC: "0.1.0 (git v0.1.0-12-gabcdef0)", or "0.1.0" outside a git work tree.
ffav_version()
{
	local v d

	v=$(ffav_header_version "$1")
	if d=$(git -C "$1" describe --tags --always --dirty 2>/dev/null); then
		echo "$v (git $d)"
	else
		echo "$v"
	fi
}

# ffav_sources SRC: the library's C files (basenames), sorted.
ffav_sources()
{
	local f

	for f in "$1"/lib/*.c; do
		[ -f "$f" ] && basename "$f"
	done | LC_ALL=C sort
}

# ffav_model_sources SRC: the C files of the reference models: those that include
# ffa_validate_model.h, directly or through a header of lib/ or include/ that does. A host
# that keeps its own state (pKVM, an SPMC) links only the others.
ffav_model_sources()
{
	local model="ffa_validate_model.h" pass h f

	# Four rounds reach a header that includes one that includes one ... that includes it.
	for pass in 1 2 3 4; do
		for h in "$1"/lib/*.h "$1"/include/*.h; do
			[ -f "$h" ] || continue
			case " $model " in *" $(basename "$h") "*) continue ;; esac
			if ffav_includes_any "$h" "$model"; then
				model="$model $(basename "$h")"
			fi
		done
		: "$pass"
	done
	for f in $(ffav_sources "$1"); do
		if ffav_includes_any "$1/lib/$f" "$model"; then
			echo "$f"
		fi
	done
}

# ffav_check_sources SRC: the C files of the stateless checks: every lib/*.c that is not a
# model source.
ffav_check_sources()
{
	local models f

	models=" $(ffav_model_sources "$1" | tr '\n' ' ') "
	for f in $(ffav_sources "$1"); do
		case $models in *" $f "*) ;; *) echo "$f" ;; esac
	done
}

# ffav_includes_any FILE "NAME...": FILE has an #include "NAME" of one of the names.
ffav_includes_any()
{
	local n

	for n in $2; do
		grep -q "^#[[:space:]]*include[[:space:]]*\"$n\"" "$1" && return 0
	done
	return 1
}

# ffav_headers SRC: the public headers (basenames), sorted.
ffav_headers()
{
	local f

	for f in "$1"/include/*.h; do
		[ -f "$f" ] && basename "$f"
	done | LC_ALL=C sort
}

# ffav_prepare_dest DEST: an empty DEST. A DEST that an earlier import wrote (it has our
# VERSION file) is replaced whole, so files removed upstream go too; anything else there is
# left alone and the import stops.
ffav_prepare_dest()
{
	if [ -e "$1" ]; then
		grep -qs '^libffa_validate ' "$1/VERSION" ||
			ffav_die "$1 exists and was not written by this import; move it away first"
		rm -rf "$1"
	fi
	mkdir -p "$1"
}

# ffav_copy_lib SRC DEST: include/*.h, lib/*.c and lib/*.h side by side in DEST, byte for
# byte (checked), with no two files of the same name.
ffav_copy_lib()
{
	local f name

	for f in "$1"/include/*.h "$1"/lib/*.c "$1"/lib/*.h; do
		[ -f "$f" ] || continue
		name=$(basename "$f")
		[ ! -e "$2/$name" ] || ffav_die "two files named $name in include/ and lib/"
		cp "$f" "$2/$name"
		cmp -s "$f" "$2/$name" || ffav_die "copy of $f differs"
	done
}

# ffav_fill TEMPLATE OUT KEY=VALUE...: OUT is TEMPLATE with every @KEY@ replaced by VALUE
# (VALUE may span lines). Fails when a field is left unfilled.
ffav_fill()
{
	local template=$1 out=$2

	shift 2
	awk '
	BEGIN {
		for (i = 1; i < ARGC; i++) {
			eq = index(ARGV[i], "=")
			key[i] = "@" substr(ARGV[i], 1, eq - 1) "@"
			val[i] = substr(ARGV[i], eq + 1)
			n = i
			ARGV[i] = ""
		}
	}
	{
		line = $0
		for (i = 1; i <= n; i++) {
			out = ""
			while ((p = index(line, key[i])) > 0) {
				out = out substr(line, 1, p - 1) val[i]
				line = substr(line, p + length(key[i]))
			}
			line = out line
		}
		print line
	}' "$@" <"$template" >"$out"
	if grep -q '@[A-Z_]*@' "$out"; then
		ffav_die "$out: unfilled field $(grep -o '@[A-Z_]*@' "$out" | head -n 1)"
	fi
}

# ffav_make_list WORD...: a make list, one WORD per line after a tab, every line but the
# last continued with a backslash.
ffav_make_list()
{
	local w i=0

	for w in "$@"; do
		i=$((i + 1))
		if [ "$i" -lt "$#" ]; then
			printf '\t%s \\\n' "$w"
		else
			printf '\t%s\n' "$w"
		fi
	done
}

# ffav_gn_list WORD...: the body of a GN list, one quoted WORD per line.
ffav_gn_list()
{
	local w

	for w in "$@"; do
		printf '    "%s",\n' "$w"
	done
}

# ffav_write_version SRC DEST HOST: the VERSION file, the import's record of what it took.
ffav_write_version()
{
	local f

	{
		echo "# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause"
		echo "libffa_validate $(ffav_version "$1")"
		echo "imported by contrib/$3/import.sh; these files are copied unmodified:"
		for f in "$1"/include/*.h "$1"/lib/*.h "$1"/lib/*.c; do
			[ -f "$f" ] && echo "  $(basename "$f")"
		done
	} >"$2/VERSION"
}
