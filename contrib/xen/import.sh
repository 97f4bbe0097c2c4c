#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Import libffa_validate into a Xen tree:
#
#	contrib/xen/import.sh SRC XEN_TREE [DEST]
#
# SRC is a libffa_validate tree, XEN_TREE the root of a xen.git checkout, DEST the
# directory to (re)create in it (default xen/arch/arm/tee/ffa_validate, next to the FF-A
# mediator). DEST receives, side by side:
#   - every include/*.h, lib/*.c and lib/*.h of SRC, unmodified;
#   - ffav_env_xen.h, the environment header over <xen/types.h>;
#   - Makefile.ffa_validate (the file lists of this version) and Makefile: the stateless
#     checks by default, the reference models too with FFAV_WITH_MODELS=y;
#   - VERSION: the upstream version (FFAV_LIB_VERSION_* and git describe) and the files.
# The Xen tree then needs, once, "obj-$(CONFIG_FFA) += ffa_validate/" in the parent
# directory's Makefile (see docs/porting.md). Nothing else in the Xen tree is touched.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=contrib/import-common.sh
. "$here/../import-common.sh"

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	echo "usage: $0 SRC XEN_TREE [DEST]" >&2
	exit 2
fi
src=$(cd "$1" && pwd)
tree=$(cd "$2" && pwd)
dest=${3:-xen/arch/arm/tee/ffa_validate}
dest=${dest%/}

ffav_check_src "$src"
[ -f "$tree/xen/include/xen/types.h" ] || ffav_die "$tree is not a Xen tree (no xen/include/xen/types.h)"
case $dest in
/* | *..*) ffav_die "DEST must be a path inside the Xen tree: $dest" ;;
esac
kit="$src/contrib/xen"

mapfile -t srcs < <(ffav_sources "$src")
mapfile -t checks < <(ffav_check_sources "$src")
mapfile -t models < <(ffav_model_sources "$src")
mapfile -t hdrs < <(ffav_headers "$src")
[ "${#srcs[@]}" -gt 0 ] || ffav_die "no lib/*.c in $src"
for f in "${srcs[@]}"; do
	[ "$f" != ffa_validate.c ] || ffav_die "lib/ffa_validate.c would clash with the linked object"
done
version=$(ffav_version "$src")

ffav_prepare_dest "$tree/$dest"
ffav_copy_lib "$src" "$tree/$dest"
cp "$kit/ffav_env_xen.h" "$tree/$dest/"
ffav_fill "$kit/Makefile.ffa_validate" "$tree/$dest/Makefile.ffa_validate" \
	VERSION="$version" \
	INCLUDES="$(ffav_make_list "${hdrs[@]}" ffav_env_xen.h)" \
	CHECK_SRCS="$(ffav_make_list "${checks[@]}")" \
	MODEL_SRCS="$(ffav_make_list "${models[@]}")"
cp "$kit/Makefile" "$tree/$dest/Makefile"
ffav_write_version "$src" "$tree/$dest" xen

echo "Imported libffa_validate $version into $dest (${#srcs[@]} sources)."
echo "Suggested commit subject: \"xen/arm: ffa: import libffa_validate ${version%% *}\""
