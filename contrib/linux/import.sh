#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Import libffa_validate into a Linux kernel tree, as scripts/dtc/update-dtc-source.sh does
# for libfdt:
#
#	contrib/linux/import.sh SRC KERNEL_TREE [DEST] [--pkvm]
#
# SRC is a libffa_validate tree, KERNEL_TREE the root of a kernel tree, DEST the directory
# to (re)create in it (default lib/ffa_validate). DEST receives, side by side:
#   - every include/*.h, lib/*.c and lib/*.h of SRC, unmodified;
#   - ffav_env_linux.h, the environment header over <linux/types.h>;
#   - Makefile.ffa_validate, Kbuild and Kconfig, with the object lists of this version
#     (the stateless checks, and the reference models: the lib/*.c that include
#     ffa_validate_model.h);
#   - VERSION: the upstream version (FFAV_LIB_VERSION_* and git describe) and the files.
# The kernel tree then needs, once: "obj-y += ffa_validate/" in lib/Makefile and
# 'source "lib/ffa_validate/Kconfig"' in lib/Kconfig. Without --pkvm nothing else in the
# kernel tree is touched.
#
# With --pkvm, DEST also receives ffav_pkvm.c and ffav_pkvm.h (contrib/linux/pkvm/), and
# contrib/linux/pkvm/hook.sh wires pKVM's nVHE hypervisor: the build lines in
# arch/arm64/kvm/hyp/nvhe/Makefile (before "hyp-obj := ...") and the call of
# ffav_pkvm_host_call() in kvm_host_ffa_handler() of arch/arm64/kvm/hyp/nvhe/ffa.c, at
# anchors it finds; it fails when one is missing. Running the import again leaves the same
# tree.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=contrib/import-common.sh
. "$here/../import-common.sh"

pkvm=0
args=()
for a in "$@"; do
	case $a in
	--pkvm) pkvm=1 ;;
	*) args+=("$a") ;;
	esac
done
if [ ${#args[@]} -lt 2 ] || [ ${#args[@]} -gt 3 ]; then
	echo "usage: $0 SRC KERNEL_TREE [DEST] [--pkvm]" >&2
	exit 2
fi
src=$(cd "${args[0]}" && pwd)
tree=$(cd "${args[1]}" && pwd)
dest=${args[2]:-lib/ffa_validate}
dest=${dest%/}

ffav_check_src "$src"
[ -f "$tree/include/linux/types.h" ] || ffav_die "$tree is not a kernel tree (no include/linux/types.h)"
case $dest in
/* | *..*) ffav_die "DEST must be a path inside the kernel tree: $dest" ;;
esac
kit="$src/contrib/linux"

mapfile -t srcs < <(ffav_sources "$src")
mapfile -t checks < <(ffav_check_sources "$src")
mapfile -t models < <(ffav_model_sources "$src")
[ "${#srcs[@]}" -gt 0 ] || ffav_die "no lib/*.c in $src"
for f in "${srcs[@]}"; do
	[ "$f" != ffa_validate.c ] || ffav_die "lib/ffa_validate.c would clash with the composite object"
done
version=$(ffav_version "$src")

ffav_prepare_dest "$tree/$dest"
ffav_copy_lib "$src" "$tree/$dest"
cp "$kit/ffav_env_linux.h" "$tree/$dest/"
ffav_fill "$kit/Makefile.ffa_validate" "$tree/$dest/Makefile.ffa_validate" \
	VERSION="$version" DEST="$dest" \
	CHECK_OBJS="$(ffav_make_list "${checks[@]/%.c/.o}")" \
	MODEL_OBJS="$(ffav_make_list "${models[@]/%.c/.o}")"
ffav_fill "$kit/Kbuild" "$tree/$dest/Kbuild" DEST="$dest"
ffav_fill "$kit/Kconfig" "$tree/$dest/Kconfig" DEST="$dest"
if [ "$pkvm" -eq 1 ]; then
	for f in ffav_pkvm.c ffav_pkvm.h; do
		[ ! -e "$tree/$dest/$f" ] || ffav_die "the library has a file named $f"
		cp "$kit/pkvm/$f" "$tree/$dest/$f"
	done
fi
ffav_write_version "$src" "$tree/$dest" linux
if [ "$pkvm" -eq 1 ]; then
	"$kit/pkvm/hook.sh" "$tree" "$dest"
fi

echo "Imported libffa_validate $version into $dest (${#srcs[@]} objects)."
echo "Suggested commit subject: \"$dest: import libffa_validate ${version%% *}\""
