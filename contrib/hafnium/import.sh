#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Import libffa_validate into a Hafnium tree:
#
#	contrib/hafnium/import.sh SRC HAFNIUM_TREE [DEST]
#
# SRC is a libffa_validate tree, HAFNIUM_TREE the root of a Hafnium checkout, DEST the
# directory to (re)create in it (default third_party/ffa_validate). DEST receives every
# include/*.h, lib/*.c and lib/*.h of SRC unmodified, BUILD.gn with the source lists of this
# version (source sets ffa_validate, the stateless checks, and ffa_validate_model), and VERSION (FFAV_LIB_VERSION_* and git describe, and the files).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=contrib/import-common.sh
. "$here/../import-common.sh"

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: $0 SRC HAFNIUM_TREE [DEST]" >&2
	exit 2
fi
src=$(cd "$1" && pwd)
tree=$(cd "$2" && pwd)
dest=${3:-third_party/ffa_validate}
dest=${dest%/}

ffav_check_src "$src"
[ -f "$tree/BUILD.gn" ] || ffav_die "$tree is not a GN tree (no BUILD.gn at its root)"
case $dest in
/* | *..*) ffav_die "DEST must be a path inside the Hafnium tree: $dest" ;;
esac

mapfile -t srcs < <(ffav_sources "$src")
mapfile -t checks < <(ffav_check_sources "$src")
mapfile -t models < <(ffav_model_sources "$src")
[ "${#srcs[@]}" -gt 0 ] || ffav_die "no lib/*.c in $src"
version=$(ffav_version "$src")

ffav_prepare_dest "$tree/$dest"
ffav_copy_lib "$src" "$tree/$dest"
ffav_fill "$src/contrib/hafnium/BUILD.gn" "$tree/$dest/BUILD.gn" \
	VERSION="$version" \
	CHECK_SOURCES="$(ffav_gn_list "${checks[@]}")" \
	MODEL_SOURCES="$(ffav_gn_list "${models[@]}")"
ffav_write_version "$src" "$tree/$dest" hafnium

echo "Imported libffa_validate $version into $dest (${#srcs[@]} sources)."
